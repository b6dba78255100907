using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using UtfUnknown;

namespace MediaMonitor.Core.Ingestion.Decoding;

/// <summary>The text of a file, or why it could not be read as text.</summary>
/// <param name="Text">The decoded text (BOM removed); null when <paramref name="Error"/> is set.</param>
/// <param name="EncodingName">The encoding used, e.g. "utf-8", "utf-16le", "windows-1256".</param>
/// <param name="Error">Why the bytes are not text, e.g. "binary content (PNG image), not text".</param>
/// <param name="Position">Where the problem is, e.g. "byte 1234"; "file" when it concerns the whole file.</param>
public sealed record DecodedText(string? Text, string? EncodingName, string? Error, string Position = "file")
{
    public bool Succeeded => Text is not null;

    internal static DecodedText Ok(string text, string encodingName) => new(text, encodingName, null);

    internal static DecodedText Fail(string error, string position = "file") => new(null, null, error, position);
}

/// <summary>
/// Turns file bytes into text, finding the encoding: a byte-order mark first, then strict UTF-8, then UTF-16
/// without a mark (told by where the NUL bytes fall), then detection (UTF.Unknown), then Windows-1256, the
/// usual encoding of older Arabic sites. Binary files (images, archives renamed .txt) are refused with a reason.
/// </summary>
public static class TextDecoder
{
    private const int SampleBytes = 64 * 1024;
    private const double MaxControlCharShare = 0.01;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1256 (Arabic); the code-pages provider is registered on first use.</summary>
    public static Encoding Windows1256 => CodePages.Arabic;

    /// <summary>Decodes <paramref name="bytes"/>; never throws for bad input.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="declaredCharset">A charset named by the transport (an HTTP Content-Type), tried after BOM and UTF-8.</param>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.IsEmpty)
        {
            return DecodedText.Ok(string.Empty, "empty");
        }

        if (DescribeBinary(bytes) is { } kind)
        {
            return DecodedText.Fail($"binary content ({kind}), not text");
        }

        if (DecodeWithByteOrderMark(bytes) is { } withBom)
        {
            return withBom;
        }

        var nuls = bytes.Count((byte)0);
        if (nuls > 0)
        {
            // A stray NUL in a text file is stripped later like any control character; many of them mean UTF-16
            // without a mark, or binary data.
            if (DecodeUtf16WithoutMark(bytes) is { } utf16)
            {
                return utf16;
            }

            if (nuls > 2 && nuls * 1000L > bytes.Length)
            {
                return DecodedText.Fail("binary content (NUL bytes), not text");
            }
        }

        if (Utf8.IsValid(bytes))
        {
            return CheckText(Encoding.UTF8.GetString(bytes), "utf-8");
        }

        var (validMultiByte, invalid, firstInvalid) = CountUtf8Sequences(bytes);

        // Mostly well-formed UTF-8 with a few bad bytes is a damaged UTF-8 file; reading it as Windows-1256 would
        // silently turn all of its Arabic into mojibake.
        if (validMultiByte >= 10 * invalid)
        {
            return DecodedText.Fail($"invalid UTF-8 at byte {firstInvalid.ToString(CultureInfo.InvariantCulture)}", $"byte {firstInvalid.ToString(CultureInfo.InvariantCulture)}");
        }

        var encoding = EncodingByName(declaredCharset) ?? Detect(bytes) ?? Windows1256;
        return CheckText(encoding.GetString(bytes), encoding.WebName);
    }

    /// <summary>Names the kind of binary file the first bytes announce, or null when they look like text.</summary>
    internal static string? DescribeBinary(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "PNG image",
        [0xFF, 0xD8, 0xFF, ..] => "JPEG image",
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => "GIF image",
        [(byte)'%', (byte)'P', (byte)'D', (byte)'F', ..] => "PDF document",
        [(byte)'P', (byte)'K', 0x03, 0x04, ..] => "ZIP archive or Office document",
        [0x1F, 0x8B, ..] => "gzip archive",
        [(byte)'7', (byte)'z', 0xBC, 0xAF, ..] => "7-Zip archive",
        [(byte)'R', (byte)'a', (byte)'r', (byte)'!', ..] => "RAR archive",
        [0x7F, (byte)'E', (byte)'L', (byte)'F', ..] => "executable",
        [(byte)'M', (byte)'Z', ..] when bytes.Length > 64 && bytes[..64].Contains((byte)0) => "executable",
        [0xD0, 0xCF, 0x11, 0xE0, ..] => "old Office document",
        [(byte)'S', (byte)'Q', (byte)'L', (byte)'i', (byte)'t', (byte)'e', ..] => "SQLite database",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => "WebP image",
        _ => null,
    };

    private static DecodedText? DecodeWithByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        var (encoding, name, skip) = bytes switch
        {
            [0xFF, 0xFE, 0x00, 0x00, ..] => ((Encoding)new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), "utf-32le", 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), "utf-32be", 4),
            [0xEF, 0xBB, 0xBF, ..] => (StrictUtf8, "utf-8", 3),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16le", 2),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16be", 2),
            _ => (null, string.Empty, 0),
        };

        return encoding is null ? null : DecodeStrict(bytes[skip..], encoding, name, skip);
    }

    /// <summary>
    /// UTF-16 text without a mark has NUL bytes on one side of each pair only (ASCII, spaces and digits have a zero
    /// high byte; Arabic letters have 0x06); binary data has them on both sides.
    /// </summary>
    private static DecodedText? DecodeUtf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if (i % 2 == 0)
                {
                    evenNuls++;
                }
                else
                {
                    oddNuls++;
                }
            }
        }

        var pairs = sample.Length / 2;
        var minimum = Math.Max(1, pairs / 50);
        bool? bigEndian = oddNuls >= minimum && evenNuls * 20 <= oddNuls ? false
            : evenNuls >= minimum && oddNuls * 20 <= evenNuls ? true
            : null;
        if (bigEndian is not { } isBigEndian)
        {
            return null;
        }

        var decoded = DecodeStrict(bytes, new UnicodeEncoding(isBigEndian, byteOrderMark: false, throwOnInvalidBytes: true), isBigEndian ? "utf-16be" : "utf-16le", 0);
        return decoded.Succeeded && ControlCharShare(decoded.Text!) <= MaxControlCharShare ? decoded : null;
    }

    private static DecodedText DecodeStrict(ReadOnlySpan<byte> bytes, Encoding encoding, string name, int offset)
    {
        try
        {
            return CheckText(encoding.GetString(bytes), name);
        }
        catch (DecoderFallbackException ex)
        {
            var at = offset + Math.Max(0, ex.Index);
            if (encoding is UTF8Encoding)
            {
                Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
                at = offset + read;
            }

            var where = $"byte {at.ToString(CultureInfo.InvariantCulture)}";
            return DecodedText.Fail($"invalid {name} at {where}", where);
        }
    }

    private static DecodedText CheckText(string text, string encodingName) =>
        ControlCharShare(text) > MaxControlCharShare
            ? DecodedText.Fail($"binary content (control characters in {encodingName} text), not text")
            : DecodedText.Ok(text, encodingName);

    private static double ControlCharShare(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleBytes));
        if (sample.IsEmpty)
        {
            return 0;
        }

        var count = 0;
        foreach (var c in sample)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v' or '\u0085'))
            {
                count++;
            }
        }

        return count <= 2 ? 0 : (double)count / sample.Length;
    }

    private static (int ValidMultiByte, int Invalid, int FirstInvalid) CountUtf8Sequences(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0, first = -1, i = 0;
        while (i < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                if (consumed > 1)
                {
                    valid++;
                }
            }
            else
            {
                invalid++;
                if (first < 0)
                {
                    first = i;
                }
            }

            i += Math.Max(1, consumed);
        }

        return (valid, invalid, first);
    }

    private static Encoding? Detect(ReadOnlySpan<byte> bytes)
    {
        var detected = CharsetDetector.DetectFromBytes(bytes[..Math.Min(bytes.Length, SampleBytes)]).Detected;
        if (detected?.Encoding is not { } encoding)
        {
            return null;
        }

        // Short Arabic text in a single-byte code page is often taken for Greek or Cyrillic; only an Arabic or a
        // confidently detected multi-byte answer beats the Windows-1256 fallback.
        return encoding.CodePage is 1256 or 28596 || (!encoding.IsSingleByte && detected.Confidence >= 0.9f) ? encoding : null;
    }

    /// <summary>The encoding a transport declared, unless it is UTF-8 (the bytes were already found not to be).</summary>
    private static Encoding? EncodingByName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            _ = CodePages.Arabic; // registers the provider, so that "windows-1256" or "iso-8859-6" resolve
            var encoding = Encoding.GetEncoding(name.Trim().Trim('"'));
            return encoding.CodePage == Encoding.UTF8.CodePage ? null : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static class CodePages
    {
        internal static readonly Encoding Arabic = Register();

        private static Encoding Register()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1256);
        }
    }
}
