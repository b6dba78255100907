using System.Globalization;
using System.Text;

namespace MediaMonitor.Core.Ingestion.Readers;

/// <summary>
/// Publication dates as items write them: ISO-8601, RFC-822 ("Sun, 04 Mar 2018 02:27:28 +0400"),
/// "yyyy-MM-dd HH:mm:ss", unix seconds or milliseconds. The offset is kept when given; a time without one is UTC.
/// </summary>
internal static class DateParsing
{
    public const string Expected = "expected ISO-8601, RFC-822, \"yyyy-MM-dd HH:mm:ss\" or unix seconds";

    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF zzz", "yyyy-MM-dd HH:mm:ss zzz",
        "yyyy-MM-dd", "yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd HH:mm", "yyyy/MM/dd",
        "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "dd/MM/yyyy",
    ];

    private static readonly string[] RfcFormats =
    [
        "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm zzz",
        "d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm", "d MMMM yyyy HH:mm:ss zzz", "d MMMM yyyy HH:mm:ss", "d MMM yyyy",
    ];

    private static readonly Dictionary<string, string> ZoneNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
    };

    public static bool TryParse(string? raw, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return false;
        }

        var text = AsciiDigits(raw.Trim());
        return TryUnix(text, out value)
            || TryExact(text, IsoFormats, out value)
            || TryRfc822(text, out value)
            || TryGeneral(text, out value);
    }

    /// <summary>A JSON number is a unix time: seconds, or milliseconds when it is too large to be seconds.</summary>
    public static bool TryFromUnix(double number, out DateTimeOffset value)
    {
        value = default;
        var seconds = number > 100_000_000_000 ? number / 1000 : number;
        if (seconds is < 0 or > 253_402_300_799)
        {
            return false;
        }

        value = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000));
        return true;
    }

    private static bool TryUnix(string text, out DateTimeOffset value)
    {
        value = default;
        return text.Length is >= 9 and <= 13
            && text.All(char.IsAsciiDigit)
            && TryFromUnix(double.Parse(text, CultureInfo.InvariantCulture), out value);
    }

    private static bool TryExact(string text, string[] formats, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(
            WithColonInOffset(text),
            formats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal,
            out value);

    private static bool TryRfc822(string text, out DateTimeOffset value)
    {
        value = default;
        var rest = text;
        var comma = rest.IndexOf(',', StringComparison.Ordinal);
        if (comma is > 0 and <= 9 && rest[..comma].All(char.IsLetter))
        {
            rest = rest[(comma + 1)..].Trim();
        }

        var space = rest.LastIndexOf(' ');
        if (space > 0 && ZoneNames.TryGetValue(rest[(space + 1)..], out var offset))
        {
            rest = rest[..space] + " " + offset;
        }

        return TryExact(rest, RfcFormats, out value);
    }

    private static bool TryGeneral(string text, out DateTimeOffset value)
    {
        value = default;

        // Numeric day/month orders are ambiguous; only day-first ones are accepted, by the exact formats above.
        return !text.Contains('/', StringComparison.Ordinal)
            && text.Any(char.IsLetter)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out value);
    }

    /// <summary>"+0400" → "+04:00", which the "K"/"zzz" format specifiers read.</summary>
    private static string WithColonInOffset(string text)
    {
        if (text.Length < 6)
        {
            return text;
        }

        var sign = text[^5];
        return sign is '+' or '-' && text[^4..].All(char.IsAsciiDigit) && (char.IsAsciiDigit(text[^6]) || text[^6] == ' ')
            ? string.Concat(text.AsSpan(0, text.Length - 2), ":", text.AsSpan(text.Length - 2))
            : text;
    }

    private static string AsciiDigits(string text)
    {
        if (!text.Any(c => c is >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9'))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                _ => c,
            });
        }

        return sb.ToString();
    }
}
