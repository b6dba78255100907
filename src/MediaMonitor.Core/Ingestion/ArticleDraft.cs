namespace MediaMonitor.Core.Ingestion;

/// <summary>An article as a reader found it, before de-duplication, analysis and storage.</summary>
public sealed record ArticleDraft
{
    public required string Title { get; init; }

    /// <summary>The text that analysis spans will point into; paragraphs separated by '\n'.</summary>
    public required string Body { get; init; }

    public string? Author { get; init; }

    /// <summary>Outlet or agency as the item names it (e.g. "Alarabia", "aleqtisadiya", "وكالات").</summary>
    public string? Source { get; init; }

    public string? Url { get; init; }
    public string? ExternalId { get; init; }
    public string? Category { get; init; }
    public string? Dateline { get; init; }
    public string? Summary { get; init; }

    /// <summary>Publication time with its offset as given; null when the item has none.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Where the item came from, for reports: "file.jsonl line 12", "feed item 3".</summary>
    public required string Origin { get; init; }
}

/// <summary>One item that could not be imported, and why.</summary>
public sealed record ImportItemError(string File, string Position, string Reason);

/// <summary>What a reader yields per item: a draft or an error, never both.</summary>
public readonly record struct ReadResult(ArticleDraft? Draft, ImportItemError? Error)
{
    public static ReadResult Ok(ArticleDraft draft) => new(draft, null);
    public static ReadResult Fail(string file, string position, string reason) => new(null, new ImportItemError(file, position, reason));
}
