using System.Globalization;
using MediaMonitor.Core.Articles;
using Microsoft.AspNetCore.Components;

namespace MediaMonitor.Web.Features.Articles;

/// <summary>
/// The article list's filter as it lives in the URL (source, from, to, q, sort, page, actor, topic), so that a list is a link
/// that can be shared, reloaded and walked with the back button.
/// </summary>
public sealed record ArticleListQuery
{
    public const int PageSize = 25;

    public IReadOnlyList<long> Sources { get; init; } = [];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Text { get; init; }
    public bool OldestFirst { get; init; }
    public int Page { get; init; }
    public IReadOnlyList<long> Actors { get; init; } = [];
    public IReadOnlyList<string> Topics { get; init; } = [];

    public static ArticleListQuery Parse(long[]? source, string? from, string? to, string? q, string? sort, int? page, long[]? actor = null, string[]? topic = null) => new()
    {
        Actors = actor ?? [],
        Topics = topic is null ? Array.Empty<string>() : [.. topic.Where(t => !string.IsNullOrWhiteSpace(t))],
        Sources = source ?? [],
        From = ParseDay(from),
        To = ParseDay(to),
        Text = string.IsNullOrWhiteSpace(q) ? null : q.Trim(),
        OldestFirst = string.Equals(sort, "asc", StringComparison.OrdinalIgnoreCase),
        Page = Math.Max(0, (page ?? 1) - 1),
    };

    public ArticleFilter ToFilter() => new()
    {
        SourceIds = Sources,
        From = From,
        To = To,
        Query = Text,
        NewestFirst = !OldestFirst,
        ActorIds = Actors,
        TopicKeys = Topics,
    };

    /// <summary>The URL of this list (relative to the app), optionally for another page.</summary>
    public string ToUrl(NavigationManager navigation, string path = "/articles")
    {
        ArgumentNullException.ThrowIfNull(navigation);
        return navigation.GetUriWithQueryParameters(navigation.ToAbsoluteUri(path).ToString(), QueryParameters());
    }

    /// <summary>The query string alone ("?source=1&amp;from=…"), for links that carry the list along (reader previous/next).</summary>
    public IReadOnlyDictionary<string, object?> QueryParameters() => new Dictionary<string, object?>
    {
        ["source"] = Sources.Count == 0 ? null : Sources.ToArray(),
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["q"] = Text,
        ["sort"] = OldestFirst ? "asc" : null,
        ["page"] = Page > 0 ? Page + 1 : null,
        ["actor"] = Actors.Count == 0 ? null : Actors.ToArray(),
        ["topic"] = Topics.Count == 0 ? null : Topics.ToArray(),
    };

    private static DateOnly? ParseDay(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
