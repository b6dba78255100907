using MediaMonitor.Analysis.Text;

namespace MediaMonitor.Analysis.Quotes;

/// <summary>
/// One article prepared for quotation analysis: tokens, quoted segments, and for each token the segment it lies
/// in and the sentence it belongs to (sentences end at . ! ? ؟ and line breaks outside quotations).
/// </summary>
internal sealed class ArticleDocument
{
    public ArticleDocument(string text)
    {
        Text = text;
        Tokens = ArabicTokenizer.Tokenize(text);
        Segments = QuoteMarkScanner.Scan(text);
        SegmentOf = new int[Tokens.Count];
        SentenceOf = new int[Tokens.Count];
        SegmentOpenToken = new int[Segments.Count];
        SegmentCloseToken = new int[Segments.Count];

        var s = 0;
        for (var i = 0; i < Tokens.Count; i++)
        {
            var t = Tokens[i];
            while (s < Segments.Count && Segments[s].Outer.End <= t.Start)
            {
                s++;
            }

            SegmentOf[i] = s < Segments.Count && Segments[s].Outer.Contains(t.Span) ? s : -1;
        }

        Array.Fill(SegmentOpenToken, -1);
        Array.Fill(SegmentCloseToken, -1);
        for (var i = 0; i < Tokens.Count; i++)
        {
            var seg = SegmentOf[i];
            if (seg < 0)
            {
                continue;
            }

            if (SegmentOpenToken[seg] < 0)
            {
                SegmentOpenToken[seg] = i;
            }

            SegmentCloseToken[seg] = i;
        }

        var sentence = 0;
        for (var i = 0; i < Tokens.Count; i++)
        {
            SentenceOf[i] = sentence;
            if (SegmentOf[i] < 0 && IsSentenceEnd(i))
            {
                sentence++;
            }
        }
    }

    private Dictionary<string, List<int>>? index;

    /// <summary>Fullest forms already found for a phrase of this article (speakers recur).</summary>
    internal Dictionary<Phrase, Phrase> ExpandCache { get; } = [];

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public List<QuotedSegment> Segments { get; }

    /// <summary>Index of the quoted segment (marks included) a token lies in, or -1.</summary>
    public int[] SegmentOf { get; }

    public int[] SentenceOf { get; }

    /// <summary>First and last token of each segment (marks included when present).</summary>
    public int[] SegmentOpenToken { get; }

    public int[] SegmentCloseToken { get; }

    public int Count => Tokens.Count;

    public Token this[int index] => Tokens[index];

    /// <summary>Indices of the word tokens with this normalised form, also when it carries a leading و/ف.</summary>
    public IReadOnlyList<int> Occurrences(string normalized)
    {
        if (index is null)
        {
            index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < Tokens.Count; i++)
            {
                if (!Tokens[i].IsWord)
                {
                    continue;
                }

                var n = Tokens[i].Normalized;
                Add(index, n, i);
                var bare = ArabicClitics.StripConjunction(n);
                if (!ReferenceEquals(bare, n))
                {
                    Add(index, bare, i);
                }
            }
        }

        return index.TryGetValue(normalized, out var list) ? list : [];

        static void Add(Dictionary<string, List<int>> index, string key, int i)
        {
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            list.Add(i);
        }
    }

    /// <summary>Word tokens whose first two letters (after a leading و/ف) are those of <paramref name="key"/>:
    /// the only candidates for a one-letter spelling variant.</summary>
    public IReadOnlyList<int> WordsStartingLike(string key)
    {
        if (byPrefix is null)
        {
            byPrefix = [];
            for (var i = 0; i < Tokens.Count; i++)
            {
                if (Tokens[i].IsWord && PrefixKey(Tokens[i].Normalized) is { } p)
                {
                    if (!byPrefix.TryGetValue(p, out var list))
                    {
                        byPrefix[p] = list = [];
                    }

                    list.Add(i);
                }
            }
        }

        return PrefixKey(key) is { } k && byPrefix.TryGetValue(k, out var found) ? found : [];

        static int? PrefixKey(string w)
        {
            var s = w.Length > 3 && (w[0] == 'و' || w[0] == 'ف') ? 1 : 0;
            return w.Length - s >= 2 ? (w[s] << 16) | w[s + 1] : null;
        }
    }

    private Dictionary<int, List<int>>? byPrefix;

    /// <summary>Carries the article, judged on the written word: آلان folds to الان but has no article.</summary>
    public bool IsDefiniteAt(int i) => Text[Tokens[i].Start] != 'آ' && ArabicClitics.IsDefinite(Tokens[i].Normalized);

    /// <summary>Index of the token that starts at or covers <paramref name="offset"/>.</summary>
    public int TokenIndexAt(int offset)
    {
        int lo = 0, hi = Tokens.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (Tokens[mid].Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    public bool IsWord(int i) => i >= 0 && i < Tokens.Count && Tokens[i].IsWord;

    public string Norm(int i) => Tokens[i].Normalized;

    public bool SameSentence(int a, int b) => a >= 0 && b >= 0 && a < Count && b < Count && SentenceOf[a] == SentenceOf[b];

    public bool IsOutsideQuotes(int i) => SegmentOf[i] < 0;

    /// <summary>Original text of tokens [from, to), quotation marks, '#' and '_' of hashtags removed.</summary>
    public string Surface(int from, int to)
    {
        if (to <= from)
        {
            return string.Empty;
        }

        var raw = Text[Tokens[from].Start..Tokens[to - 1].End];
        var sb = new System.Text.StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            switch (c)
            {
                case '"' or '«' or '»' or '“' or '”' or '#':
                    break;
                case '_':
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString().Trim();
    }

    public TextSpan SpanOf(int from, int to) => TextSpan.FromBounds(Tokens[from].Start, Tokens[to - 1].End);

    private bool IsSentenceEnd(int i)
    {
        var t = Tokens[i];
        if (t.Kind == TokenKind.LineBreak)
        {
            return true;
        }

        if (t.Kind != TokenKind.Punctuation)
        {
            return false;
        }

        return t.Symbol switch
        {
            '!' or '?' or '؟' or '…' => true,

            // 3.5 and "..." inside a sentence are not ends; a run of dots ends at its last one
            '.' => !(i > 0 && i + 1 < Tokens.Count && Tokens[i - 1].End == t.Start && Tokens[i + 1].Start == t.End
                     && Tokens[i - 1].IsWord && char.IsDigit(Text[t.Start - 1]) && char.IsDigit(Text[t.End]))
                   && !(i + 1 < Tokens.Count && Tokens[i + 1].Symbol == '.'),
            _ => false,
        };
    }
}
