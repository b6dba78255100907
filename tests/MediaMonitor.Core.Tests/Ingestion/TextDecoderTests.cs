using System.Text;
using MediaMonitor.Core.Ingestion.Decoding;
using static MediaMonitor.Core.Tests.Ingestion.ReaderTestHelpers;

namespace MediaMonitor.Core.Tests.Ingestion;

public class TextDecoderTests
{
    private const string Arabic = "قال رئيس الحكومة العراقية مصطفى الكاظمي إن التقدم الأمني يدفع إلى إيجاد آليات زمنية وفنية.\nوأضاف الكاظمي أن العراق يقدر التعاون.";

    [Fact]
    public void Utf8_with_a_byte_order_mark_decodes_without_the_mark()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Arabic)).ToArray());

        Assert.Equal(Arabic, decoded.Text);
        Assert.Equal("utf-8", decoded.EncodingName);
    }

    [Fact]
    public void Utf16_little_endian_with_a_byte_order_mark_decodes()
    {
        var decoded = TextDecoder.Decode(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Arabic)).ToArray());

        Assert.Equal(Arabic, decoded.Text);
        Assert.Equal("utf-16le", decoded.EncodingName);
    }

    [Fact]
    public void Utf16_big_endian_with_a_byte_order_mark_decodes()
    {
        var decoded = TextDecoder.Decode(Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Arabic)).ToArray());

        Assert.Equal(Arabic, decoded.Text);
    }

    [Fact]
    public void Utf16_little_endian_without_a_mark_is_told_by_its_nul_bytes()
    {
        var decoded = TextDecoder.Decode(Encoding.Unicode.GetBytes(Arabic));

        Assert.Equal(Arabic, decoded.Text);
        Assert.Equal("utf-16le", decoded.EncodingName);
    }

    [Fact]
    public void Windows_1256_text_is_read_as_windows_1256()
    {
        var bytes = TextDecoder.Windows1256.GetBytes(Arabic);

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal(Arabic, decoded.Text);
        Assert.Equal("windows-1256", decoded.EncodingName);
    }

    [Fact]
    public void A_short_windows_1256_word_falls_back_to_windows_1256()
    {
        var decoded = TextDecoder.Decode(TextDecoder.Windows1256.GetBytes("مرحبا"));

        Assert.Equal("مرحبا", decoded.Text);
    }

    [Fact]
    public void Utf8_damaged_by_a_stray_byte_fails_with_the_byte_offset()
    {
        var good = Encoding.UTF8.GetBytes(Arabic);
        var bytes = good[..20].Append((byte)0xFF).Concat(good[20..]).ToArray();

        var decoded = TextDecoder.Decode(bytes);

        Assert.False(decoded.Succeeded);
        Assert.Equal("invalid UTF-8 at byte 20", decoded.Error);
        Assert.Equal("byte 20", decoded.Position);
    }

    [Fact]
    public void Utf8_with_a_mark_and_a_bad_byte_fails_with_the_offset_in_the_file()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat("abc"u8.ToArray()).Append((byte)0xC3).Append((byte)0x28).ToArray();

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("byte 6", decoded.Position);
    }

    [Fact]
    public void A_png_image_is_refused_as_binary()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 1, 0];

        var decoded = TextDecoder.Decode(png);

        Assert.Equal("binary content (PNG image), not text", decoded.Error);
    }

    [Fact]
    public void Bytes_full_of_nuls_on_both_sides_are_refused_as_binary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0 : i % 251)).ToArray();

        var decoded = TextDecoder.Decode(bytes);

        Assert.False(decoded.Succeeded);
        Assert.StartsWith("binary content", decoded.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_text_full_of_control_characters_is_refused_as_binary()
    {
        var bytes = Enumerable.Range(0, 300).Select(i => (byte)(i % 2 == 0 ? 0x01 : 'a')).ToArray();

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("binary content (control characters in utf-8 text), not text", decoded.Error);
    }

    [Fact]
    public void A_png_named_txt_gives_one_binary_error_and_no_draft()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];

        var result = Assert.Single(Read("photo.txt", png));

        Assert.Null(result.Draft);
        Assert.Equal(("photo.txt", "file", "binary content (PNG image), not text"), (result.Error!.File, result.Error.Position, result.Error.Reason));
    }

    [Fact]
    public void A_windows_1256_plain_text_file_is_imported_with_its_arabic_intact()
    {
        var draft = Assert.Single(Read("old-site.txt", TextDecoder.Windows1256.GetBytes(Arabic))).Draft!;

        Assert.Equal(Arabic, draft.Body);
    }

    [Fact]
    public void A_utf16_file_with_a_mark_is_imported_like_utf8()
    {
        var draft = Assert.Single(Read("utf16.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Arabic)).ToArray())).Draft!;

        Assert.Equal(Arabic, draft.Body);
    }

    [Fact]
    public void A_utf8_file_with_a_mark_has_no_mark_in_its_body()
    {
        var draft = Assert.Single(Read("bom.txt", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Arabic)).ToArray())).Draft!;

        Assert.Equal(Arabic, draft.Body);
    }

    [Fact]
    public void An_empty_file_is_one_empty_body_error_for_the_whole_file()
    {
        var result = Assert.Single(Read("empty.txt", []));

        Assert.Equal(("file", "empty body"), (result.Error!.Position, result.Error.Reason));
    }

    [Fact]
    public void A_whitespace_only_file_is_one_error()
    {
        Assert.Equal("empty body", SingleError("blank.json", " \n\t\r\n ").Reason);
    }
}
