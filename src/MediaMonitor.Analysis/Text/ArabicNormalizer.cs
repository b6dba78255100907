using System.Globalization;
using System.Text;

namespace MediaMonitor.Analysis.Text;

/// <summary>
/// Folds Arabic spelling variants so that matching, de-duplication and full-text search treat them alike:
/// diacritics and tatweel dropped, alef/hamza forms to bare alef, ى to ي, ة to ه, Arabic-Indic digits to ASCII,
/// presentation forms to their base letters, runs of whitespace to one space.
/// </summary>
public static class ArabicNormalizer
{
    public static string NormalizeForMatching(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            var mapped = Fold(c);
            if (mapped == '\0')
            {
                continue;
            }

            if (char.IsWhiteSpace(mapped))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(char.ToLowerInvariant(mapped));
        }

        return sb.ToString();
    }

    /// <summary>
    /// Normalises one word (no whitespace inside) the same way as <see cref="NormalizeForMatching"/>, without the
    /// full Unicode normalisation pass unless presentation forms are present: tokenising a whole article calls
    /// this once per word, so the common path must not allocate more than the result.
    /// </summary>
    public static string NormalizeWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (IsPresentationForm(c))
            {
                return NormalizeForMatching(word.ToString());
            }
        }

        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        var n = 0;
        foreach (var c in word)
        {
            var mapped = Fold(c);
            if (mapped != '\0')
            {
                buffer[n++] = char.ToLowerInvariant(mapped);
            }
        }

        return new string(buffer[..n]);
    }

    /// <summary>True for characters that belong inside a word: letters, digits and the marks folded away.</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || c == '\u0640'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format;

    /// <summary>Maps one character to its folded form, or '\0' to drop it.</summary>
    internal static char Fold(char c) => c switch
    {
        >= '\u064B' and <= '\u065F' => '\0', // harakat, tanwin, shadda, sukun
        '\u0670' or '\u0640' => '\0',        // superscript alef, tatweel
        >= '\u0610' and <= '\u061A' => '\0',
        >= '\u06D6' and <= '\u06ED' => '\0',
        '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF' => '\0',
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ئ' => 'ي',
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ => c,
    };

    private static bool IsPresentationForm(char c) => c is (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');
}
