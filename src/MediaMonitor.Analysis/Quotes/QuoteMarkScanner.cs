namespace MediaMonitor.Analysis.Quotes;

/// <summary>
/// A stretch of text between quotation marks. <see cref="Content"/> excludes the marks; a missing mark is
/// inferred (<see cref="OpenMark"/> or <see cref="CloseMark"/> is then -1).
/// </summary>
internal readonly record struct QuotedSegment(int OpenMark, int CloseMark, TextSpan Content)
{
    /// <summary>The content with its marks, the range the segment occupies in the text.</summary>
    public TextSpan Outer => TextSpan.FromBounds(OpenMark >= 0 ? OpenMark : Content.Start, CloseMark >= 0 ? CloseMark + 1 : Content.End);
}

/// <summary>
/// Pairs quotation marks paragraph by paragraph (quotations in news copy do not cross line breaks): «» nest,
/// curly quotes alternate whichever way round they are typed (“…” and ”…“ both occur), straight quotes alternate.
/// An odd number of straight quotes in a paragraph means one is missing: the mark whose removal leaves the most
/// plausible opening/closing pattern is the orphan, and its other end is inferred.
/// </summary>
internal static class QuoteMarkScanner
{
    public static List<QuotedSegment> Scan(string text)
    {
        var segments = new List<QuotedSegment>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '\n' or '\r')
            {
                if (i > start)
                {
                    ScanParagraph(text, start, i, segments);
                }

                start = i + 1;
            }
        }

        // paired marks first, inferred ends only where they do not collide with a pair; a quotation that
        // contains quoted words is one quotation, so inner pairs go too
        segments.Sort((a, b) =>
        {
            var byInference = IsInferred(a).CompareTo(IsInferred(b));
            return byInference != 0 ? byInference : a.Outer.Start.CompareTo(b.Outer.Start);
        });
        var result = new List<QuotedSegment>(segments.Count);
        foreach (var s in segments)
        {
            if (!result.Exists(r => r.Outer.Overlaps(s.Outer)))
            {
                result.Add(s);
            }
        }

        result.Sort((a, b) => a.Outer.Start.CompareTo(b.Outer.Start));
        return result;
    }

    private static bool IsInferred(QuotedSegment s) => s.OpenMark < 0 || s.CloseMark < 0;

    private static void ScanParagraph(string text, int start, int end, List<QuotedSegment> segments)
    {
        var guillemets = new Stack<int>();
        var curlyOpen = -1;
        var straight = new List<int>();
        for (var i = start; i < end; i++)
        {
            switch (text[i])
            {
                case '«':
                    guillemets.Push(i);
                    break;
                case '»':
                    if (guillemets.Count > 0)
                    {
                        Add(segments, guillemets.Pop(), i);
                    }
                    else
                    {
                        segments.Add(InferOpen(text, start, i));
                    }

                    break;
                case '“' or '”' or '„':
                    if (curlyOpen < 0)
                    {
                        curlyOpen = i;
                    }
                    else
                    {
                        Add(segments, curlyOpen, i);
                        curlyOpen = -1;
                    }

                    break;
                case '"':
                    straight.Add(i);
                    break;
            }
        }

        while (guillemets.Count > 0)
        {
            segments.Add(InferClose(text, guillemets.Pop(), end));
        }

        if (curlyOpen >= 0)
        {
            segments.Add(InferClose(text, curlyOpen, end));
        }

        PairStraight(text, start, end, straight, segments);
    }

    private static void PairStraight(string text, int start, int end, List<int> marks, List<QuotedSegment> segments)
    {
        if (marks.Count == 0)
        {
            return;
        }

        var orphan = -1;
        if (marks.Count % 2 == 1)
        {
            var best = int.MinValue;
            for (var drop = 0; drop < marks.Count; drop++)
            {
                var score = 0;
                var k = 0;
                for (var j = 0; j < marks.Count; j++)
                {
                    if (j == drop)
                    {
                        continue;
                    }

                    score += k % 2 == 0 ? Orientation(text, marks[j]) : -Orientation(text, marks[j]);
                    k++;
                }

                // an orphan that looks like what it would have to be (an opener with no closer or the reverse) is likelier
                score += Orientation(text, marks[drop]) != 0 ? 1 : 0;
                if (score > best)
                {
                    best = score;
                    orphan = drop;
                }
            }
        }

        var open = -1;
        for (var j = 0; j < marks.Count; j++)
        {
            if (j == orphan)
            {
                continue;
            }

            if (open < 0)
            {
                open = marks[j];
            }
            else
            {
                Add(segments, open, marks[j]);
                open = -1;
            }
        }

        if (orphan >= 0)
        {
            var m = marks[orphan];
            segments.Add(Orientation(text, m) < 0 ? InferOpen(text, start, m) : InferClose(text, m, end));
        }
    }

    /// <summary>+1 when the mark looks like an opening one (space before, letter after), -1 for a closing one, 0 unsure.</summary>
    private static int Orientation(string text, int i)
    {
        var before = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is ':' or '(' or '،' or ',' or 'ـ' || IsCliticBefore(text, i);
        var after = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
        var closeBefore = i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or '!' or '?' or '؟' or '…' or ')' or '،' or ',');
        var closeAfter = i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || char.IsPunctuation(text[i + 1]);
        var opening = before && after;
        var closing = closeBefore && closeAfter;
        return opening == closing ? 0 : opening ? 1 : -1;
    }

    // بـ"التحريض", و"تشويه": a one-letter clitic glued to the opening mark
    private static bool IsCliticBefore(string text, int i) =>
        i >= 1 && text[i - 1] is 'و' or 'ب' or 'ل' or 'ف' or 'ك' && (i < 2 || !char.IsLetter(text[i - 2]));

    private static void Add(List<QuotedSegment> segments, int open, int close)
    {
        if (close > open + 1)
        {
            segments.Add(new QuotedSegment(open, close, TextSpan.FromBounds(open + 1, close)));
        }
    }

    /// <summary>A closing mark without its opener: the quotation starts after the nearest إن/أن or colon of its sentence.</summary>
    private static QuotedSegment InferOpen(string text, int paragraphStart, int close)
    {
        var i = close - 1;
        var from = paragraphStart;
        for (; i > paragraphStart; i--)
        {
            var c = text[i];
            if (c is '.' or '!' or '?' or '؟' or ':' or '"' or '«' or '»' or '“' or '”')
            {
                from = i + 1;
                break;
            }

            if (c == ' ' && i >= 2 && text[i - 1] == 'ن' && (text[i - 2] == 'أ' || text[i - 2] == 'إ') && (i < 3 || !char.IsLetter(text[i - 3]) || text[i - 3] == 'ب'))
            {
                from = i + 1;
                break;
            }
        }

        while (from < close && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return new QuotedSegment(-1, close, TextSpan.FromBounds(from, close));
    }

    /// <summary>An opening mark never closed: the quotation runs to the end of the paragraph.</summary>
    private static QuotedSegment InferClose(string text, int open, int paragraphEnd)
    {
        var to = paragraphEnd;
        while (to > open + 1 && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        return new QuotedSegment(open, -1, TextSpan.FromBounds(open + 1, to));
    }
}
