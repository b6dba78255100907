namespace MediaMonitor.Analysis.Text;

/// <summary>
/// Splits text into words (runs of letters, digits, diacritics and tatweel; a leading '#' stays with its hashtag)
/// and single punctuation characters. Whitespace is dropped except line breaks, which become tokens because they
/// close paragraphs. Offsets point into the original string.
/// </summary>
public static class ArabicTokenizer
{
    private static readonly string[] AsciiSymbols = Enumerable.Range(0, 128).Select(i => ((char)i).ToString()).ToArray();

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                var start = i;
                while (i < text.Length && (text[i] is '\n' or '\r' or '\u2028' or '\u2029' || (char.IsWhiteSpace(text[i]) && HasLineBreakAhead(text, i))))
                {
                    i++;
                }

                tokens.Add(new Token(start, i - start, TokenKind.LineBreak, "\n"));
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (ArabicNormalizer.IsWordChar(c) || (c == '#' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))
            {
                var start = i++;
                while (i < text.Length && ArabicNormalizer.IsWordChar(text[i]))
                {
                    i++;
                }

                var normalized = ArabicNormalizer.NormalizeWord(text.AsSpan(start, i - start));
                // A run of nothing but diacritics or tatweel is no word: every word token has a non-empty form.
                tokens.Add(normalized.Length > 0
                    ? new Token(start, i - start, TokenKind.Word, normalized)
                    : new Token(start, i - start, TokenKind.Punctuation, text[start].ToString()));
                continue;
            }

            var symbol = c < 128 ? AsciiSymbols[c] : c.ToString();
            tokens.Add(new Token(i, 1, TokenKind.Punctuation, symbol));
            i++;
        }

        return tokens;
    }

    private static bool HasLineBreakAhead(string text, int i)
    {
        for (; i < text.Length && char.IsWhiteSpace(text[i]); i++)
        {
            if (text[i] is '\n' or '\r')
            {
                return true;
            }
        }

        return false;
    }
}
