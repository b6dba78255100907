using MediaMonitor.Analysis.Text;

namespace MediaMonitor.Analysis.Topics;

/// <summary>
/// Every term of every rule in one trie of normalised stems, so that a single pass over an article counts all of
/// them: each word is normalised once, and each of its clitic readings (the same ones
/// <see cref="ArabicClitics.StemCandidates"/> gives) is walked down the trie, which stops at the first letter no
/// term continues with. Immutable once built, so one index serves any number of threads.
/// </summary>
internal sealed class TermIndex
{
    // one word matching more patterns than this would need a pathological rule set; the rest are ignored
    private const int MaxPatternsPerWord = 64;
    private const int LinearSearchLimit = 8;
    private const int DenseRootSize = 0x0700;

    // longer words (URLs, runs of digits) take the allocating path of ArabicNormalizer.NormalizeWord
    private const int MaxFastWordLength = 48;

    /// <summary>The most clitic readings a word has: itself, without و/ف, without ب/ل/ك, without the article.</summary>
    internal const int MaxReadings = 4;

    // the trie, flattened: node n's children are childChars/childNodes[childStart[n] .. childStart[n + 1])
    private readonly int[] childStart;
    private readonly char[] childChars;
    private readonly int[] childNodes;
    private readonly int[][] exactAt;
    private readonly int[][] prefixAt;

    // the root's children as a table over ASCII and the Arabic block: most words fail on their first letter
    private readonly int[] rootChildren;

    // a pattern is one word of a term (stem + prefix flag); a term is a sequence of patterns
    private readonly int[] singleWordTerm;
    private readonly int[][] phrasesStartingWith;
    private readonly int[][] termPatterns;

    private TermIndex(int[] childStart, char[] childChars, int[] childNodes, int[][] exactAt, int[][] prefixAt, int[] singleWordTerm, int[][] phrasesStartingWith, int[][] termPatterns)
    {
        this.childStart = childStart;
        this.childChars = childChars;
        this.childNodes = childNodes;
        this.exactAt = exactAt;
        this.prefixAt = prefixAt;
        this.singleWordTerm = singleWordTerm;
        this.phrasesStartingWith = phrasesStartingWith;
        this.termPatterns = termPatterns;
        rootChildren = new int[DenseRootSize];
        for (var c = 0; c < DenseRootSize; c++)
        {
            rootChildren[c] = SearchChild(0, (char)c);
        }
    }

    public int TermCount => termPatterns.Length;

    /// <summary>Adds the occurrences of every term in <paramref name="text"/> to <paramref name="counts"/>, indexed by term id.</summary>
    public void Count(string text, int[] counts)
    {
        var active = new List<(int Term, int Next)>();
        var advanced = new List<(int Term, int Next)>();
        Span<int> matched = stackalloc int[MaxPatternsPerWord];
        Span<char> buffer = stackalloc char[MaxFastWordLength];
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!IsWordChar(c))
            {
                if (BreaksPhrase(c))
                {
                    active.Clear();
                }

                i++;
                continue;
            }

            var start = i;
            while (++i < text.Length && IsWordChar(text[i]))
            {
            }

            var word = Normalize(text.AsSpan(start, i - start), buffer);
            if (word.IsEmpty)
            {
                continue;
            }

            var n = Match(word, matched);
            if (n == 0 && active.Count == 0)
            {
                continue;
            }

            advanced.Clear();
            var hits = matched[..n];
            foreach (var (term, next) in active)
            {
                var patterns = termPatterns[term];
                if (hits.Contains(patterns[next]))
                {
                    if (next + 1 == patterns.Length)
                    {
                        counts[term]++;
                    }
                    else
                    {
                        advanced.Add((term, next + 1));
                    }
                }
            }

            foreach (var pattern in hits)
            {
                if (singleWordTerm[pattern] >= 0)
                {
                    counts[singleWordTerm[pattern]]++;
                }

                foreach (var phrase in phrasesStartingWith[pattern])
                {
                    advanced.Add((phrase, 1));
                }
            }

            (active, advanced) = (advanced, active);
        }
    }

    /// <summary>The patterns one normalised word matches, over all its clitic readings; returns how many were written.</summary>
    internal int Match(ReadOnlySpan<char> word, Span<int> matched)
    {
        Span<int> starts = stackalloc int[MaxReadings];
        var n = 0;
        foreach (var start in starts[..CandidateStarts(word, starts)])
        {
            n = Walk(word, start, matched, n);
        }

        return n;
    }

    /// <summary>
    /// Where each reading of <see cref="ArabicClitics.StemCandidates"/> starts in the word, as offsets rather than
    /// substrings so that the hot loop allocates nothing per reading. A test keeps the two in step.
    /// </summary>
    internal static int CandidateStarts(ReadOnlySpan<char> word, Span<int> starts)
    {
        var n = 0;
        starts[n++] = 0;
        var i = 0;
        if (word.Length - 1 > 2 && word[0] is 'و' or 'ف')
        {
            i = 1;
            starts[n++] = 1;
        }

        if (word.Length - i - 1 > 2 && word[i] is 'ب' or 'ل' or 'ك')
        {
            starts[n++] = i + 1;
        }

        var article = ArabicClitics.PrefixLength(word);
        if (article > 0)
        {
            starts[n++] = article;
        }

        return n;
    }

    private int Walk(ReadOnlySpan<char> word, int start, Span<int> matched, int n)
    {
        var node = 0;
        for (var k = start; k < word.Length; k++)
        {
            node = Child(node, word[k]);
            if (node < 0)
            {
                return n;
            }

            foreach (var pattern in prefixAt[node])
            {
                n = AddUnique(matched, n, pattern);
            }
        }

        foreach (var pattern in exactAt[node])
        {
            n = AddUnique(matched, n, pattern);
        }

        return n;
    }

    private int Child(int node, char c) => node == 0 && c < DenseRootSize ? rootChildren[c] : SearchChild(node, c);

    private int SearchChild(int node, char c)
    {
        var from = childStart[node];
        var chars = childChars.AsSpan(from, childStart[node + 1] - from);
        if (chars.Length <= LinearSearchLimit)
        {
            var k = chars.IndexOf(c);
            return k < 0 ? -1 : childNodes[from + k];
        }

        var j = chars.BinarySearch(c);
        return j < 0 ? -1 : childNodes[from + j];
    }

    private static int AddUnique(Span<int> matched, int n, int pattern)
    {
        if (n == matched.Length || matched[..n].Contains(pattern))
        {
            return n;
        }

        matched[n] = pattern;
        return n + 1;
    }

    /// <summary>
    /// <see cref="TopicRuleParser.IsTermWordChar"/> with the Arabic block and ASCII answered without a Unicode
    /// category look-up: this runs for every character of every article.
    /// </summary>
    internal static bool IsWordChar(char c) => c switch
    {
        < '\u0080' => char.IsAsciiLetterOrDigit(c),
        >= '\u0621' and <= '\u0669' => true,
        _ => TopicRuleParser.IsTermWordChar(c),
    };

    /// <summary>
    /// The word as <see cref="ArabicNormalizer.NormalizeWord"/> folds it, written into the buffer with the same
    /// <see cref="ArabicNormalizer.Fold"/> so that the common word costs no allocation; presentation forms and
    /// anything rarer go through NormalizeWord itself.
    /// </summary>
    internal static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length)
        {
            return ArabicNormalizer.NormalizeWord(word);
        }

        var n = 0;
        foreach (var c in word)
        {
            if (c >= '\uFB50')
            {
                return ArabicNormalizer.NormalizeWord(word);
            }

            var mapped = ArabicNormalizer.Fold(c);
            if (mapped != '\0')
            {
                buffer[n++] = mapped is >= '\u0600' and <= '\u06FF' ? mapped : char.ToLowerInvariant(mapped);
            }
        }

        return buffer[..n];
    }

    /// <summary>
    /// Clause and sentence punctuation ends a phrase; quote marks, dashes and hashtag marks do not, because news copy
    /// writes تنظيم «داعش» and #مجلس_الأمن for the phrases تنظيم داعش and مجلس الأمن.
    /// </summary>
    private static bool BreaksPhrase(char c) =>
        c is '.' or ',' or '،' or ';' or '؛' or ':' or '!' or '?' or '؟' or '…' or '\n' or '\r' or '(' or ')' or '[' or ']';

    /// <summary>Collects terms (deduplicated by their normalised words) and builds the immutable index.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);
        private readonly List<int[]> terms = [];
        private readonly Dictionary<TermWord, int> patternIds = [];
        private readonly List<TermWord> patterns = [];

        /// <summary>The id of the term, the same for every rule that uses it.</summary>
        public int Add(RuleTerm term)
        {
            ArgumentNullException.ThrowIfNull(term);
            if (termIds.TryGetValue(term.Key, out var id))
            {
                return id;
            }

            var sequence = new int[term.Words.Count];
            for (var i = 0; i < sequence.Length; i++)
            {
                var word = term.Words[i];
                if (!patternIds.TryGetValue(word, out var pattern))
                {
                    pattern = patterns.Count;
                    patternIds.Add(word, pattern);
                    patterns.Add(word);
                }

                sequence[i] = pattern;
            }

            id = terms.Count;
            termIds.Add(term.Key, id);
            terms.Add(sequence);
            return id;
        }

        public TermIndex Build()
        {
            var children = new List<SortedDictionary<char, int>> { new() };
            var exact = new List<List<int>> { new() };
            var prefix = new List<List<int>> { new() };
            for (var p = 0; p < patterns.Count; p++)
            {
                var node = 0;
                foreach (var c in patterns[p].Stem)
                {
                    if (!children[node].TryGetValue(c, out var child))
                    {
                        child = children.Count;
                        children[node].Add(c, child);
                        children.Add([]);
                        exact.Add([]);
                        prefix.Add([]);
                    }

                    node = child;
                }

                (patterns[p].IsPrefix ? prefix : exact)[node].Add(p);
            }

            var childStart = new int[children.Count + 1];
            var childChars = new char[children.Count - 1];
            var childNodes = new int[children.Count - 1];
            var k = 0;
            for (var node = 0; node < children.Count; node++)
            {
                childStart[node] = k;
                foreach (var (c, child) in children[node])
                {
                    childChars[k] = c;
                    childNodes[k++] = child;
                }
            }

            childStart[children.Count] = k;

            var singleWordTerm = Enumerable.Repeat(-1, patterns.Count).ToArray();
            var phrases = Enumerable.Range(0, patterns.Count).Select(_ => new List<int>()).ToArray();
            for (var t = 0; t < terms.Count; t++)
            {
                if (terms[t].Length == 1)
                {
                    singleWordTerm[terms[t][0]] = t;
                }
                else
                {
                    phrases[terms[t][0]].Add(t);
                }
            }

            return new TermIndex(
                childStart,
                childChars,
                childNodes,
                [.. exact.Select(l => l.ToArray())],
                [.. prefix.Select(l => l.ToArray())],
                singleWordTerm,
                [.. phrases.Select(l => l.ToArray())],
                [.. terms]);
        }
    }
}
