namespace MediaMonitor.Analysis.Text;

/// <summary>A normalised word split into its proclitics (و ف ب ل ك and the article ال) and the remaining stem.</summary>
public readonly record struct CliticSplit(string Prefix, string Stem, bool HasArticle);

/// <summary>
/// Strips Arabic proclitics from normalised words (see <see cref="ArabicNormalizer"/>), so that للحكومة, والكاظمي
/// and بالعراق reach حكومة, كاظمي and عراق. Deliberately conservative: a stem must keep at least two letters,
/// because short words (لي, ولد, بل) are more often words than clitic + stem.
/// </summary>
public static class ArabicClitics
{
    private const int MinStem = 2;

    public static CliticSplit Split(string normalizedWord)
    {
        ArgumentNullException.ThrowIfNull(normalizedWord);
        var n = PrefixLength(normalizedWord);
        return n == 0 ? new CliticSplit(string.Empty, normalizedWord, false) : new CliticSplit(normalizedWord[..n], normalizedWord[n..], true);
    }

    /// <summary>
    /// Length of the proclitics ending in the article (0 when there is none): only where the article proves the
    /// prefix is clitic (والكاظمي, بالعراق, للحكومة, فالوزارة), because a bare و/ب/ل in front of a stem is too
    /// often a root letter (وزارة, بغداد, لبنان) to strip blindly.
    /// </summary>
    public static int PrefixLength(ReadOnlySpan<char> w)
    {
        for (var i = 0; i <= 2 && i < w.Length; i++)
        {
            if (i > 0 && !IsProcliticLetter(w[i - 1], i - 1))
            {
                break;
            }

            if (w.Length - i >= MinStem + 2 && w[i] == 'ا' && w[i + 1] == 'ل')
            {
                return i + 2;
            }

            if (i > 0 && w[i - 1] == 'ل' && w.Length - i >= MinStem + 1 && w[i] == 'ل')
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// Every plausible reading of the word from the longest stem down: the word itself, without و/ف, without a
    /// following ب/ل/ك, without the article. Lexicon look-ups try them in order.
    /// </summary>
    public static IEnumerable<string> StemCandidates(string normalizedWord)
    {
        ArgumentNullException.ThrowIfNull(normalizedWord);
        var w = normalizedWord;
        yield return w;
        var i = 0;
        if (w.Length - 1 > MinStem && (w[0] == 'و' || w[0] == 'ف'))
        {
            i = 1;
            yield return w[1..];
        }

        if (w.Length - i - 1 > MinStem && (w[i] == 'ب' || w[i] == 'ل' || w[i] == 'ك'))
        {
            yield return w[(i + 1)..];
        }

        var split = Split(w);
        if (split.HasArticle)
        {
            yield return split.Stem;
        }
    }

    private static bool IsProcliticLetter(char c, int position) => position switch
    {
        0 => c is 'و' or 'ف' or 'ب' or 'ل' or 'ك',
        _ => c is 'ب' or 'ل' or 'ك',
    };

    /// <summary>The stem without conjunction, preposition or article.</summary>
    public static string StripProclitics(string normalizedWord)
    {
        ArgumentNullException.ThrowIfNull(normalizedWord);
        var n = PrefixLength(normalizedWord);
        return n == 0 ? normalizedWord : normalizedWord[n..];
    }

    /// <summary>Drops only a leading conjunction و or ف (the form reporting verbs take: وقال, فأضاف).</summary>
    public static string StripConjunction(string normalizedWord)
    {
        ArgumentNullException.ThrowIfNull(normalizedWord);
        return normalizedWord.Length > 3 && (normalizedWord[0] == 'و' || normalizedWord[0] == 'ف') ? normalizedWord[1..] : normalizedWord;
    }

    /// <summary>True when the word carries the definite article, possibly after و/ف and ب/ل/ك (والعراق, بالعراق, للعراق).</summary>
    public static bool IsDefinite(string normalizedWord) => PrefixLength(normalizedWord) > 0;
}
