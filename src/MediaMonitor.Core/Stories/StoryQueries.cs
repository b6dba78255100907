using Dapper;
using MediaMonitor.Core.Daily;
using MediaMonitor.Core.Storage;

namespace MediaMonitor.Core.Stories;

/// <summary>Articles, distinct stories and distinct outlets of a period: one agency story reprinted by ten sites is one story.</summary>
public sealed record StoryCounts
{
    public int Articles { get; init; }
    public int Stories { get; init; }
    public int Outlets { get; init; }
}

public sealed record DayStoryCounts
{
    public required string Day { get; init; }
    public int Articles { get; init; }
    public int Stories { get; init; }
    public int Outlets { get; init; }
}

/// <summary>A story as seen in a period: how many of its articles and outlets fall into it.</summary>
public sealed record StorySummary
{
    public long Id { get; init; }
    public required string Title { get; init; }
    public int Articles { get; init; }
    public int Outlets { get; init; }
    public long FirstArticleId { get; init; }
    public required string FirstPublishedAt { get; init; }
    public required string LastPublishedAt { get; init; }
    public IReadOnlyList<StoryArticle> Items { get; init; } = [];
}

public sealed record StoryArticle
{
    public long Id { get; init; }
    public long StoryId { get; init; }
    public required string Title { get; init; }
    public required string Source { get; init; }
    public required string PublishedAt { get; init; }
    public string? Url { get; init; }
}

public sealed class StoryQueries(SqliteConnectionFactory factory)
{
    internal const string InPeriod = "a.published_at >= @FromAt AND a.published_at < @ToAt AND (@AnySource OR a.source_id IN @Sources)";

    private const string Counts = $"""
        SELECT COUNT(*) AS articles, COUNT(DISTINCT a.story_id) AS stories, COUNT(DISTINCT a.source_id) AS outlets
        FROM articles a WHERE {InPeriod}
        """;

    private const string CountsPerDay = $"""
        SELECT substr(a.published_at, 1, 10) AS day, COUNT(*) AS articles, COUNT(DISTINCT a.story_id) AS stories,
               COUNT(DISTINCT a.source_id) AS outlets
        FROM articles a WHERE {InPeriod}
        GROUP BY day ORDER BY day
        """;

    private const string Top = $"""
        SELECT a.story_id AS id, s.title, COUNT(*) AS articles, COUNT(DISTINCT a.source_id) AS outlets,
               s.first_article_id, s.first_published_at, s.last_published_at
        FROM articles a JOIN stories s ON s.id = a.story_id
        WHERE {InPeriod}
        GROUP BY a.story_id
        HAVING COUNT(*) >= @MinArticles
        ORDER BY outlets DESC, articles DESC, s.first_published_at, a.story_id
        LIMIT @Limit
        """;

    private const string ItemsOfStories = """
        SELECT a.id, a.story_id, a.title, src.name AS source, a.published_at, a.url
        FROM articles a JOIN sources src ON src.id = a.source_id
        WHERE a.story_id IN @Ids
        ORDER BY a.published_at, a.id
        """;

    private const string Others = """
        SELECT o.id, o.story_id, o.title, src.name AS source, o.published_at, o.url
        FROM articles a
        JOIN articles o ON o.story_id = a.story_id AND o.id <> a.id
        JOIN sources src ON src.id = o.source_id
        WHERE a.id = @Id
        ORDER BY o.published_at, o.id
        LIMIT @Limit
        """;

    public async Task<StoryCounts> CountsAsync(PeriodFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleAsync<StoryCounts>(new CommandDefinition(Counts, filter.Parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Per day of the period that has articles, oldest first.</summary>
    public async Task<IReadOnlyList<DayStoryCounts>> CountsPerDayAsync(PeriodFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await connection.QueryAsync<DayStoryCounts>(new CommandDefinition(CountsPerDay, filter.Parameters, cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
    }

    /// <summary>The largest stories of the period (most outlets, then most articles), each with all its articles.</summary>
    public async Task<IReadOnlyList<StorySummary>> TopStoriesAsync(PeriodFilter filter, int limit, int minArticles = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        var parameters = new DynamicParameters(filter.Parameters);
        parameters.Add("Limit", limit);
        parameters.Add("MinArticles", minArticles);
        var stories = (await connection.QueryAsync<StorySummary>(new CommandDefinition(Top, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
        if (stories.Count == 0)
        {
            return stories;
        }

        var items = (await connection.QueryAsync<StoryArticle>(new CommandDefinition(ItemsOfStories, new { Ids = stories.Select(s => s.Id).ToArray() }, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToLookup(i => i.StoryId);
        return [.. stories.Select(s => s with { Items = [.. items[s.Id]] })];
    }

    /// <summary>The other articles of the article's story ("also reported by"), oldest first.</summary>
    public async Task<IReadOnlyList<StoryArticle>> AlsoReportedByAsync(long articleId, int limit = 50, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await connection.QueryAsync<StoryArticle>(new CommandDefinition(Others, new { Id = articleId, Limit = limit }, cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
    }
}
