namespace MediaMonitor.Core.Ingestion.Readers;

/// <summary>A file's text with the name it is reported under and, when known, where it came from.</summary>
internal sealed record SourceDocument(string Name, string Text, string? FilePath = null, Uri? Url = null)
{
    /// <summary>A title of last resort: the file name without its extension.</summary>
    public string FallbackTitle
    {
        get
        {
            var name = Path.GetFileNameWithoutExtension(Url is null ? Name : Url.AbsolutePath.TrimEnd('/'));
            return string.IsNullOrWhiteSpace(name) ? Name : name;
        }
    }

    public ReadResult Fail(string position, string reason) => ReadResult.Fail(Name, position, reason);

    public string Origin(string? position) => position is null ? Name : $"{Name} {position}";
}

/// <summary>
/// The field names JSON and CSV items commonly use, compared case-insensitively, and how a set of named fields
/// becomes a draft.
/// </summary>
internal static class ArticleFields
{
    public static readonly string[] Title = ["title", "headline"];
    public static readonly string[] Body = ["text", "content", "body", "article", "full_text", "fulltext"];
    public static readonly string[] Summary = ["summary", "abstract", "description", "excerpt"];
    public static readonly string[] Date = ["date", "published", "published_at", "pubDate", "date_extracted", "datetime", "publishedAt", "publish_date", "time"];
    public static readonly string[] Source = ["source", "outlet", "publisher", "src"];
    public static readonly string[] Url = ["url", "link"];
    public static readonly string[] Author = ["author", "byline", "authors", "creator"];
    public static readonly string[] Id = ["id", "docno", "guid"];
    public static readonly string[] Category = ["category", "section", "cat"];
    public static readonly string[] Dateline = ["dateline"];

    /// <summary>
    /// Builds a draft from fields looked up through <paramref name="field"/> (first non-empty of the names given).
    /// An item without body text fails with "empty body"; a date that cannot be read fails rather than being
    /// dropped, so that the item does not land on the wrong day unnoticed.
    /// </summary>
    public static ReadResult Build(Func<string[], string?> field, SourceDocument document, string position)
    {
        var summary = DraftText.Body(field(Summary));
        var body = DraftText.Body(field(Body));
        if (body.Length == 0)
        {
            // Some exports carry the whole text in "description"; an item with only that is still an article.
            (body, summary) = (summary, string.Empty);
        }

        if (body.Length == 0)
        {
            return document.Fail(position, "empty body");
        }

        DateTimeOffset? published = null;
        if (DraftText.Line(field(Date)) is { } rawDate)
        {
            if (!DateParsing.TryParse(rawDate, out var parsed))
            {
                return document.Fail(position, $"unrecognised date \"{rawDate}\" ({DateParsing.Expected})");
            }

            published = parsed;
        }

        var author = AuthorField.Parse(field(Author));
        return ReadResult.Ok(new ArticleDraft
        {
            Title = DraftText.Line(field(Title)) ?? DraftText.TitleFromBody(body, document.FallbackTitle),
            Body = body,
            Author = author.Author,
            Source = DraftText.Line(field(Source)) ?? author.Source,
            Url = DraftText.Line(field(Url)),
            ExternalId = DraftText.Line(field(Id)),
            Category = DraftText.Line(field(Category)),
            Dateline = DraftText.Line(field(Dateline)) ?? author.Dateline,
            Summary = summary.Length == 0 ? null : summary,
            PublishedAt = published,
            Origin = document.Origin(position),
        });
    }
}
