using MediaMonitor.Analysis.Actors;
using MediaMonitor.Analysis.Quotes;

namespace MediaMonitor.Analysis.Highlighting;

/// <summary>A quotation to highlight. <see cref="SpeakerKey"/> groups quotations by speaker (colour, legend).</summary>
public sealed record QuoteHighlight(long Id, TextSpan Span, QuoteKind Kind, string SpeakerKey);

/// <summary>An actor mention to mark.</summary>
public sealed record MentionHighlight(long ActorId, TextSpan Span, ActorType Type);

/// <summary>A stretch of text with at most one mention over all of it.</summary>
public sealed record HighlightSegment(TextSpan Span, string Text, MentionHighlight? Mention);

/// <summary>
/// Consecutive segments inside one quotation (or outside any). A quotation that crosses a paragraph edge has one run
/// per paragraph: <see cref="QuoteOpens"/> marks the run where its visible text starts (one per quotation: the place
/// to anchor it), <see cref="QuoteCloses"/> the one where it ends.
/// </summary>
public sealed record HighlightRun(QuoteHighlight? Quote, bool QuoteOpens, bool QuoteCloses, IReadOnlyList<HighlightSegment> Segments)
{
    public TextSpan Span => TextSpan.FromBounds(Segments[0].Span.Start, Segments[^1].Span.End);
}

/// <summary>One paragraph of the body (trimmed, never empty) as a flat list of runs.</summary>
public sealed record HighlightParagraph(TextSpan Span, IReadOnlyList<HighlightRun> Runs);

/// <summary>
/// Turns an article body and its (possibly overlapping, possibly stale) quotation and mention spans into paragraphs of
/// render runs, so that a view only has to print them. Rules:
/// <list type="bullet">
/// <item>Paragraphs are the body's lines, trimmed; empty lines are dropped.</item>
/// <item>Spans not wholly inside the body, or empty, are ignored (a body edited after analysis must not crash the reader).</item>
/// <item>A direct quotation grows to take in the quote marks right around it, so the marks are part of the highlight.</item>
/// <item>Quotations never overlap in the output: the earlier (then longer) one keeps the shared text, a later one is
/// clipped to what is left, and dropped when nothing is.</item>
/// <item>Mentions never overlap in the output: the earlier (then longer) one wins, the other is dropped whole (a partial
/// name would link the wrong words); exact duplicates collapse.</item>
/// <item>A mention inside a quotation is kept inside its run, so both show. A span crossing a paragraph or quotation
/// edge is cut there; each piece keeps its quotation or mention.</item>
/// </list>
/// </summary>
public static class ArticleHighlighter
{
    private const string OpeningMarks = "«\"“”„‹'";
    private const string ClosingMarks = "»\"”“›'";

    public static IReadOnlyList<HighlightParagraph> Build(string body, IEnumerable<QuoteHighlight> quotes, IEnumerable<MentionHighlight> mentions)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(mentions);

        var placedQuotes = PlaceQuotes(body, quotes);
        var placedMentions = PlaceMentions(body, mentions);
        var paragraphs = new List<HighlightParagraph>();
        foreach (var paragraph in Paragraphs(body))
        {
            paragraphs.Add(new HighlightParagraph(paragraph, Runs(body, paragraph, placedQuotes, placedMentions)));
        }

        return paragraphs;
    }

    /// <summary>The body's lines as spans, trimmed of white space, empty ones left out.</summary>
    public static IReadOnlyList<TextSpan> Paragraphs(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var result = new List<TextSpan>();
        var lineStart = 0;
        for (var i = 0; i <= body.Length; i++)
        {
            if (i < body.Length && body[i] != '\n')
            {
                continue;
            }

            var start = lineStart;
            var end = i;
            while (start < end && char.IsWhiteSpace(body[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(body[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                result.Add(TextSpan.FromBounds(start, end));
            }

            lineStart = i + 1;
        }

        return result;
    }

    private static bool Inside(string body, TextSpan span) => span.Length > 0 && span.Start >= 0 && span.End <= body.Length;

    private static List<(QuoteHighlight Quote, TextSpan Span)> PlaceQuotes(string body, IEnumerable<QuoteHighlight> quotes)
    {
        var candidates = quotes
            .Where(q => q is not null && Inside(body, q.Span))
            .Select(q => (Quote: q, Span: WithMarks(body, q)))
            .OrderBy(q => q.Span.Start).ThenByDescending(q => q.Span.Length).ThenBy(q => q.Quote.Id)
            .ToList();
        var placed = new List<(QuoteHighlight, TextSpan)>();
        var taken = 0;
        foreach (var (quote, span) in candidates)
        {
            var start = Math.Max(span.Start, taken);
            if (span.End > start)
            {
                placed.Add((quote, TextSpan.FromBounds(start, span.End)));
                taken = span.End;
            }
        }

        return placed;
    }

    private static TextSpan WithMarks(string body, QuoteHighlight quote)
    {
        var span = quote.Span;
        if (quote.Kind == QuoteKind.Direct && span.Start > 0 && span.End < body.Length
            && OpeningMarks.Contains(body[span.Start - 1], StringComparison.Ordinal)
            && ClosingMarks.Contains(body[span.End], StringComparison.Ordinal))
        {
            return new TextSpan(span.Start - 1, span.Length + 2);
        }

        return span;
    }

    private static List<MentionHighlight> PlaceMentions(string body, IEnumerable<MentionHighlight> mentions)
    {
        var placed = new List<MentionHighlight>();
        var taken = 0;
        foreach (var mention in mentions
                     .Where(m => m is not null && Inside(body, m.Span))
                     .Distinct()
                     .OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length).ThenBy(m => m.ActorId))
        {
            if (mention.Span.Start >= taken)
            {
                placed.Add(mention);
                taken = mention.Span.End;
            }
        }

        return placed;
    }

    private static List<HighlightRun> Runs(string body, TextSpan paragraph, List<(QuoteHighlight Quote, TextSpan Span)> quotes, List<MentionHighlight> mentions)
    {
        // Every place where the quotation or the mention can change, within this paragraph.
        var cuts = new SortedSet<int> { paragraph.Start, paragraph.End };
        foreach (var (_, span) in quotes)
        {
            AddCuts(cuts, paragraph, span);
        }

        foreach (var mention in mentions)
        {
            AddCuts(cuts, paragraph, mention.Span);
        }

        var runs = new List<HighlightRun>();
        (QuoteHighlight Quote, TextSpan Span)? runQuote = null;
        var segments = new List<HighlightSegment>();
        var previous = -1;
        foreach (var cut in cuts)
        {
            if (previous >= 0)
            {
                var piece = TextSpan.FromBounds(previous, cut);
                var quote = Covering(quotes, piece);
                var mention = mentions.Find(m => m.Span.Contains(piece));
                if (segments.Count > 0 && !Equals(quote?.Quote, runQuote?.Quote))
                {
                    runs.Add(MakeRun(runQuote, segments));
                    segments = [];
                }

                runQuote = quote;
                if (segments.Count > 0 && ReferenceEquals(segments[^1].Mention, mention))
                {
                    var merged = TextSpan.FromBounds(segments[^1].Span.Start, piece.End);
                    segments[^1] = new HighlightSegment(merged, merged.Slice(body), mention);
                }
                else
                {
                    segments.Add(new HighlightSegment(piece, piece.Slice(body), mention));
                }
            }

            previous = cut;
        }

        if (segments.Count > 0)
        {
            runs.Add(MakeRun(runQuote, segments));
        }

        return runs;
    }

    private static void AddCuts(SortedSet<int> cuts, TextSpan paragraph, TextSpan span)
    {
        if (span.Overlaps(paragraph))
        {
            cuts.Add(Math.Max(span.Start, paragraph.Start));
            cuts.Add(Math.Min(span.End, paragraph.End));
        }
    }

    private static (QuoteHighlight Quote, TextSpan Span)? Covering(List<(QuoteHighlight Quote, TextSpan Span)> quotes, TextSpan piece)
    {
        foreach (var quote in quotes)
        {
            if (quote.Span.Contains(piece))
            {
                return quote;
            }
        }

        return null;
    }

    private static HighlightRun MakeRun((QuoteHighlight Quote, TextSpan Span)? quote, List<HighlightSegment> segments) => quote is { } q
        ? new HighlightRun(q.Quote, segments[0].Span.Start == q.Span.Start, segments[^1].Span.End == q.Span.End, segments)
        : new HighlightRun(null, false, false, segments);
}
