using System.Text;

namespace MediaMonitor.Core.Ingestion.Readers;

/// <summary>
/// The clean-up every draft text field gets, whatever the format: newlines to '\n', NULs and other control
/// characters removed (except '\n' and '\t'), blank lines and edge whitespace trimmed. Markup is never touched:
/// plain-text and JSON article text is stored and later shown literally.
/// </summary>
internal static class DraftText
{
    public const int MaxTitleLength = 120;

    /// <summary>Body text: one paragraph per line, separated by a single '\n', no blank lines.</summary>
    public static string Body(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var line in Strip(text).Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(trimmed);
        }

        return sb.ToString();
    }

    /// <summary>A one-line field (title, author, source…): whitespace runs become one space; null when empty.</summary>
    public static string? Line(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in Strip(text))
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        // Invisible direction marks at the ends of a one-line field only get in the way of matching and display.
        var line = sb.ToString().Trim('\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', ' ');
        return line.Length == 0 ? null : line;
    }

    /// <summary>
    /// A title for an item that has none: the first sentence of the body's first paragraph, cut at a word
    /// boundary with "…" when long; <paramref name="fallback"/> (usually the file name) when that has no letters.
    /// </summary>
    public static string TitleFromBody(string body, string fallback)
    {
        var newline = body.IndexOf('\n', StringComparison.Ordinal);
        var first = newline < 0 ? body : body[..newline];
        if (!first.Any(char.IsLetter))
        {
            return fallback;
        }

        var end = SentenceEnd(first);
        var sentence = (end < 0 ? first : first[..end]).Trim();
        if (sentence.Length <= MaxTitleLength)
        {
            return sentence;
        }

        var cut = sentence.LastIndexOf(' ', MaxTitleLength);
        return (cut > MaxTitleLength / 2 ? sentence[..cut] : sentence[..MaxTitleLength]).TrimEnd('،', ',', ':', '؛', ' ') + "…";
    }

    /// <summary>Newlines normalised, control characters and stray byte-order marks removed.</summary>
    private static string Strip(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    sb.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n' or '\t':
                    sb.Append(c);
                    break;
                case '\u0085' or '\u2028' or '\u2029':
                    sb.Append('\n');
                    break;
                case '\uFEFF':
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    private static int SentenceEnd(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' or '؟' && (i == text.Length - 1 || char.IsWhiteSpace(text[i + 1])) && i >= 10)
            {
                return text[i] == '.' ? i : i + 1;
            }
        }

        return -1;
    }
}
