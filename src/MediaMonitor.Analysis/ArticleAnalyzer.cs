using MediaMonitor.Analysis.Actors;
using MediaMonitor.Analysis.Bylines;
using MediaMonitor.Analysis.Quotes;

namespace MediaMonitor.Analysis;

/// <summary>An article as the analysis sees it. Every span in the result points into <see cref="Body"/>.</summary>
public sealed record ArticleText(string Body, string? Title = null, string? BylineLine = null);

/// <summary>Everything the analysis finds in one article.</summary>
public sealed record ArticleAnalysis(Byline Byline, IReadOnlyList<Quotation> Quotations, IReadOnlyList<ActorMention> Mentions);

/// <summary>
/// The analysis contract: one article in, byline, quotations with speakers and actor mentions out.
/// Deterministic and thread-safe (no shared mutable state), no I/O.
/// </summary>
public static class ArticleAnalyzer
{
    public static ArticleAnalysis Analyze(ArticleText article, QuoteExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var document = new ArticleDocument(article.Body);
        var quotations = QuotationExtractor.Extract(document, options);
        var mentions = ActorMentionFinder.Find(document, quotations);
        var byline = string.IsNullOrWhiteSpace(article.BylineLine) ? Byline.Empty : BylineParser.Parse(article.BylineLine);
        return new ArticleAnalysis(byline, quotations, mentions);
    }
}
