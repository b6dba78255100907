using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;
using CodeHollow.FeedReader.Parser;

namespace MediaMonitor.Core.Ingestion.Readers;

/// <summary>
/// RSS (0.9x, 1.0, 2.0) and Atom feeds, parsed by CodeHollow.FeedReader. The item's full text is taken from
/// content:encoded (RSS) or content (Atom) when present, else from the description/summary; either is HTML by
/// the feed formats' definition and becomes plain text with one paragraph per line.
/// </summary>
internal static class FeedArticleReader
{
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public static IEnumerable<ReadResult> Read(SourceDocument document)
    {
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(document.Text);
        }
        catch (XmlException ex)
        {
            var position = ex.LineNumber > 0 ? $"line {ex.LineNumber.ToString(CultureInfo.InvariantCulture)}" : "file";
            return [document.Fail(position, "not well-formed XML: " + ex.Message)];
        }
        catch (FeedTypeNotSupportedException)
        {
            return [document.Fail("file", "XML that is neither RSS nor Atom")];
        }

        return ReadItems(feed, document);
    }

    private static IEnumerable<ReadResult> ReadItems(Feed feed, SourceDocument document)
    {
        var feedTitle = DraftText.Line(feed.Title);
        var index = 0;
        foreach (var item in feed.Items)
        {
            index++;
            yield return ReadItem(item, feedTitle, document, $"item {index.ToString(CultureInfo.InvariantCulture)}");
        }

        if (index == 0)
        {
            yield return document.Fail("file", "the feed has no items");
        }
    }

    private static ReadResult ReadItem(FeedItem item, string? feedTitle, SourceDocument document, string position)
    {
        var element = item.SpecificItem?.Element;
        var description = BodyText(item.Description, element, "summary");
        var content = BodyText(item.Content, element, "content");
        var body = content.Length > 0 ? content : description;
        if (body.Length == 0)
        {
            return document.Fail(position, "empty body");
        }

        DateTimeOffset? published = null;
        if (DraftText.Line(RawDate(item, element)) is { } rawDate)
        {
            if (!DateParsing.TryParse(rawDate, out var parsed))
            {
                return document.Fail(position, $"unrecognised date \"{rawDate}\" ({DateParsing.Expected})");
            }

            published = parsed;
        }

        var author = AuthorField.Parse(RssAuthorName(item.Author) ?? Child(element, Dc + "creator"));
        return ReadResult.Ok(new ArticleDraft
        {
            Title = DraftText.Line(HtmlText.ToPlainText(item.Title)) ?? DraftText.TitleFromBody(body, document.FallbackTitle),
            Body = body,
            Author = author.Author,
            Dateline = author.Dateline,
            Source = DraftText.Line(Child(element, "source")) ?? feedTitle ?? author.Source,
            Url = DraftText.Line(item.Link),
            ExternalId = DraftText.Line(item.Id),
            Category = DraftText.Line(item.Categories?.FirstOrDefault()),
            Summary = content.Length > 0 && description.Length > 0 && description != body ? description : null,
            PublishedAt = published,
            Origin = document.Origin(position),
        });
    }

    /// <summary>Atom says whether its content is "text" or "html"; everything else in a feed is HTML.</summary>
    private static string BodyText(string? value, XElement? element, string atomElement)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var atom = element?.Elements().FirstOrDefault(e => e.Name.LocalName == atomElement && e.Name.NamespaceName.Contains("Atom", StringComparison.OrdinalIgnoreCase));
        var type = atom?.Attribute("type")?.Value;
        return type is "text" ? DraftText.Body(value) : HtmlText.ToPlainText(value);
    }

    private static string? RawDate(FeedItem item, XElement? element)
    {
        if (!string.IsNullOrWhiteSpace(item.PublishingDateString))
        {
            return item.PublishingDateString;
        }

        return item.SpecificItem switch
        {
            AtomFeedItem atom => atom.PublishedDateString ?? atom.UpdatedDateString,
            _ => Child(element, Dc + "date"),
        };
    }

    /// <summary>RSS writes the author as "mail@example.com (Name)"; the name is what a reader wants.</summary>
    private static string? RssAuthorName(string? author)
    {
        if (string.IsNullOrWhiteSpace(author))
        {
            return null;
        }

        var open = author.IndexOf('(', StringComparison.Ordinal);
        return author.Contains('@', StringComparison.Ordinal) && open > 0 && author.EndsWith(')')
            ? author[(open + 1)..^1]
            : author;
    }

    private static string? Child(XElement? element, XName name) =>
        element?.Element(name)?.Value ?? element?.Elements().FirstOrDefault(e => e.Name.LocalName == name.LocalName)?.Value;
}
