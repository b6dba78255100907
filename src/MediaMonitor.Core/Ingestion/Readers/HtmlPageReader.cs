using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace MediaMonitor.Core.Ingestion.Readers;

/// <summary>
/// One article from a saved or fetched web page: SmartReader (a Readability port) finds the main content, title
/// and byline; the publication time, section and site name come from the page's meta tags, which keep the offset.
/// Pages SmartReader does not find an article in fall back to the text of &lt;article&gt;, &lt;main&gt; or &lt;body&gt;.
/// </summary>
internal static class HtmlPageReader
{
    private const int MinimumArticleChars = 140;

    private static readonly string[] PublishedMeta =
        ["article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "sailthru.date"];

    public static IEnumerable<ReadResult> Read(SourceDocument document)
    {
        var parser = new HtmlParser();
        using var page = parser.ParseDocument(document.Text);

        // Read what SmartReader does not keep before it rewrites the document.
        var meta = ReadMeta(page);
        var fallbackText = HtmlText.ToPlainText(page.QuerySelector("article") ?? page.QuerySelector("main") ?? page.Body);
        var pageTitle = DraftText.Line(meta.GetValueOrDefault("og:title")) ?? DraftText.Line(page.Title);

        var reader = new Reader(document.Url?.AbsoluteUri ?? "https://localhost/" + Uri.EscapeDataString(document.Name), page)
        {
            CharThreshold = MinimumArticleChars,
        };
        var article = reader.GetArticle();
        var body = article.IsReadable ? HtmlText.ToPlainText(article.Content) : string.Empty;
        if (body.Length < MinimumArticleChars && fallbackText.Length > body.Length)
        {
            body = fallbackText;
        }

        if (body.Length == 0)
        {
            yield return document.Fail("file", "empty body (no article text found in the page)");
            yield break;
        }

        DateTimeOffset? published = null;
        foreach (var name in PublishedMeta)
        {
            if (meta.TryGetValue(name, out var raw) && DateParsing.TryParse(raw, out var parsed))
            {
                published = parsed;
                break;
            }
        }

        published ??= page.QuerySelector("time[datetime]")?.GetAttribute("datetime") is { } datetime && DateParsing.TryParse(datetime, out var fromTime)
            ? fromTime
            : null;
        if (published is null && article.PublicationDate is { } date && date != default)
        {
            published = new DateTimeOffset(DateTime.SpecifyKind(date.ToUniversalTime(), DateTimeKind.Utc));
        }

        var author = AuthorField.Parse(DraftText.Line(article.Byline) ?? DraftText.Line(article.Author) ?? meta.GetValueOrDefault("author"));
        yield return ReadResult.Ok(new ArticleDraft
        {
            Title = DraftText.Line(article.Title) ?? pageTitle ?? DraftText.TitleFromBody(body, document.FallbackTitle),
            Body = body,
            Author = author.Author,
            Dateline = author.Dateline,
            Source = DraftText.Line(article.SiteName) ?? DraftText.Line(meta.GetValueOrDefault("og:site_name")) ?? author.Source ?? document.Url?.Host,
            Url = DraftText.Line(meta.GetValueOrDefault("og:url")) ?? document.Url?.AbsoluteUri,
            Category = DraftText.Line(meta.GetValueOrDefault("article:section")),
            Summary = DraftText.Line(article.Excerpt) ?? DraftText.Line(meta.GetValueOrDefault("description")),
            PublishedAt = published,
            Origin = document.Origin(null),
        });
    }

    private static Dictionary<string, string> ReadMeta(IHtmlDocument page)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in page.QuerySelectorAll("meta"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            var value = element.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrWhiteSpace(value))
            {
                meta.TryAdd(key.Trim(), value.Trim());
            }
        }

        return meta;
    }
}
