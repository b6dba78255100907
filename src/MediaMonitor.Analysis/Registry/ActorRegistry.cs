using MediaMonitor.Analysis.Actors;
using MediaMonitor.Analysis.Text;

namespace MediaMonitor.Analysis.Registry;

/// <summary>
/// An actor the user's registry knows (curated, demo or discovered earlier), with every name it goes by.
/// <paramref name="MatchInText"/> is false for actors only resolved by name (discovered ones): searching text for
/// every name the analysis ever discovered would turn one mistake into thousands.
/// </summary>
public sealed record RegistryActor(long Id, string Name, ActorType Type, IReadOnlyList<string> Aliases, bool MatchInText = true);

/// <summary>A registry actor found in a text.</summary>
public sealed record RegistryMention(RegistryActor Actor, TextSpan Span);

/// <summary>
/// The actors known to the database, matched in text clitic- and normalisation-aware (بالعراق, والعراق, للعراق →
/// العراق; حلف الناتو, الناتو → the same actor), longest name first. Immutable and thread-safe once built.
/// </summary>
public sealed class ActorRegistry
{
    private readonly Dictionary<string, List<(string[] Words, RegistryActor Actor)>> byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RegistryActor> byName = new(StringComparer.Ordinal);

    public ActorRegistry(IEnumerable<RegistryActor> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        foreach (var actor in actors)
        {
            foreach (var alias in actor.Aliases.Append(actor.Name).Distinct(StringComparer.Ordinal))
            {
                var words = Words(alias);
                if (words.Length == 0)
                {
                    continue;
                }

                var key = Key(words);
                // First come, first served: callers list curated actors before discovered ones.
                byName.TryAdd(key, actor);
                if (!actor.MatchInText)
                {
                    continue;
                }

                var first = ArabicClitics.StripProclitics(words[0]);
                if (!byFirstWord.TryGetValue(first, out var list))
                {
                    byFirstWord[first] = list = [];
                }

                if (!list.Any(e => e.Actor.Id == actor.Id && e.Words.SequenceEqual(words)))
                {
                    list.Add((words, actor));
                }
            }
        }

        foreach (var list in byFirstWord.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        Count = byName.Count;
    }

    public static ActorRegistry Empty { get; } = new([]);

    /// <summary>How many distinct names the registry matches.</summary>
    public int Count { get; }

    /// <summary>The actor going by <paramref name="name"/> (any alias, any spelling variant, with or without the article).</summary>
    public RegistryActor? Lookup(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = Words(name);
        if (words.Length == 0)
        {
            return null;
        }

        if (byName.TryGetValue(Key(words), out var actor))
        {
            return actor;
        }

        // "الكاظمي" and "كاظمي", "حركة حماس" and "حماس" differ by the article only in their first word.
        words[0] = ArabicClitics.StripProclitics(words[0]);
        return byName.GetValueOrDefault(Key(words));
    }

    /// <summary>
    /// A person the registry knows whose name ends a longer phrase the analysis took as the name: "نجوم نيلوفرة عماد
    /// الشيحي" (the club before the coach's name), "وزير الخارجية فلان الفلاني". Only people, and only a name of two
    /// words or more, so that a lone surname inside a phrase is not taken for someone.
    /// </summary>
    public RegistryActor? LookupTrailingPerson(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var words = Words(phrase);
        for (var skip = 1; words.Length - skip >= 2; skip++)
        {
            if (byName.TryGetValue(Key(words[skip..]), out var actor) && actor.Type == ActorType.Person)
            {
                return actor;
            }
        }

        return null;
    }

    /// <summary>Every registry name in the text, longest first, without overlaps between matches.</summary>
    public IReadOnlyList<RegistryMention> FindMentions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return byFirstWord.Count == 0 ? [] : FindMentions(text, ArabicTokenizer.Tokenize(text));
    }

    /// <summary>The same, over tokens the caller already has (tokenising is most of the cost of matching).</summary>
    public IReadOnlyList<RegistryMention> FindMentions(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var found = new List<RegistryMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || Match(tokens, i) is not { } match)
            {
                continue;
            }

            var first = tokens[i];
            var clitic = OriginalLength(text, first, match.CliticLetters);
            var end = tokens[i + match.Words - 1].End;
            found.Add(new RegistryMention(match.Actor, TextSpan.FromBounds(first.Start + clitic, end)));
            i += match.Words - 1;
        }

        return found;
    }

    /// <summary>
    /// One-word names that are also everyday words (مالي "financial", بنين "sons"): a mention only after a word that
    /// announces a place, as in "جمهورية مالي" or "في مالي".
    /// </summary>
    private static readonly HashSet<string> AmbiguousNames = new(StringComparer.Ordinal) { "مالي", "بنين", "تشاد" };

    private static readonly HashSet<string> PlaceCues = new(StringComparer.Ordinal)
    {
        "في", "الي", "من", "دوله", "جمهوريه", "شمال", "جنوب", "شرق", "غرب", "وسط", "عاصمه", "حكومه", "رئيس", "حدود", "بين",
    };

    private static bool Ambiguous(IReadOnlyList<Token> tokens, int i, string[] words) =>
        words.Length == 1 && AmbiguousNames.Contains(words[0])
        && !(i > 0 && tokens[i - 1].IsWord && PlaceCues.Contains(ArabicClitics.StripProclitics(tokens[i - 1].Normalized)));

    private (RegistryActor Actor, int Words, int CliticLetters)? Match(IReadOnlyList<Token> tokens, int i)
    {
        var word = tokens[i].Normalized;
        var lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<int> starts = stackalloc int[4];
        var count = CandidateStarts(word, starts);
        for (var c = 0; c < count; c++)
        {
            // Most words name nothing: look the bare stem up without allocating before building any string.
            var stem = word.AsSpan(starts[c]);
            if (!lookup.TryGetValue(stem[ArabicClitics.PrefixLength(stem)..], out var entries))
            {
                continue;
            }

            var candidate = word[starts[c]..];
            foreach (var (words, actor) in entries)
            {
                if (!SameWord(candidate, words[0]) || !RestMatches(tokens, i, words) || Ambiguous(tokens, i, words))
                {
                    continue;
                }

                return (actor, words.Length, CliticLetters(word, candidate, words[0]));
            }
        }

        return null;
    }

    /// <summary>
    /// Where the readings of <see cref="ArabicClitics.StemCandidates"/> start in the word (the word, without و/ف, without
    /// a following ب/ل/ك, without the article), computed without allocating; a test holds the two in step.
    /// </summary>
    internal static int CandidateStarts(string word, Span<int> starts)
    {
        var count = Add(starts, 0, 0);
        var i = 0;
        if (word.Length - 1 > 2 && word[0] is 'و' or 'ف')
        {
            i = 1;
            count = Add(starts, count, 1);
        }

        if (word.Length - i - 1 > 2 && word[i] is 'ب' or 'ل' or 'ك')
        {
            count = Add(starts, count, i + 1);
        }

        var article = ArabicClitics.PrefixLength(word);
        return article > 0 ? Add(starts, count, article) : count;
    }

    private static int Add(Span<int> starts, int count, int start)
    {
        if (starts[..count].Contains(start))
        {
            return count;
        }

        starts[count] = start;
        return count + 1;
    }

    private static bool RestMatches(IReadOnlyList<Token> tokens, int i, string[] words)
    {
        for (var k = 1; k < words.Length; k++)
        {
            var t = i + k;
            if (t >= tokens.Count || !tokens[t].IsWord || !SameWord(tokens[t].Normalized, words[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The first word of a name matches with or without the article ("عراق" in "بعراق" is rare, but "العراق" in
    /// "بالعراق" and "للعراق" is everywhere); later words must match as written.
    /// </summary>
    private static bool SameWord(string textWord, string nameWord) =>
        string.Equals(textWord, nameWord, StringComparison.Ordinal)
        || string.Equals(ArabicClitics.StripProclitics(textWord), ArabicClitics.StripProclitics(nameWord), StringComparison.Ordinal) && ArabicClitics.IsDefinite(textWord) == ArabicClitics.IsDefinite(nameWord);

    /// <summary>
    /// How many normalised letters in front of the name are clitics (و, ف, ب, ل, ك), so that a mention's span starts
    /// at the name: "والعراق" → 1, "بغداد" in "وبغداد" → 1, "للعراق" → 1 (ل + the article whose alef is not written).
    /// </summary>
    private static int CliticLetters(string word, string candidate, string nameWord)
    {
        if (string.Equals(candidate, nameWord, StringComparison.Ordinal))
        {
            return word.Length - candidate.Length;
        }

        var prefix = ArabicClitics.PrefixLength(word);
        if (!ArabicClitics.IsDefinite(nameWord))
        {
            return prefix;
        }

        var elided = prefix >= 2 && word[prefix - 2] == 'ل' && word[prefix - 1] == 'ل';
        return Math.Max(0, prefix - (elided ? 1 : 2));
    }

    /// <summary>Original characters covering <paramref name="letters"/> normalised letters (diacritics and tatweel are dropped by normalising).</summary>
    private static int OriginalLength(string text, Token token, int letters)
    {
        var seen = 0;
        var k = token.Start;
        while (k < token.End && seen < letters)
        {
            if (ArabicNormalizer.Fold(text[k]) != '\0')
            {
                seen++;
            }

            k++;
        }

        return k - token.Start;
    }

    private static string[] Words(string name) =>
        ArabicTokenizer.Tokenize(name).Where(t => t.IsWord).Select(t => t.Normalized).ToArray();

    private static string Key(string[] words) => string.Join(' ', words.Select(ArabicClitics.StripProclitics));
}
