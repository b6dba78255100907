using System.Text;
using Dapper;
using MediaMonitor.Analysis.Text;
using MediaMonitor.Core.Storage;

namespace MediaMonitor.Core.Articles;

/// <summary>A filter over the article list; every part optional. Dates are inclusive UTC days.</summary>
public sealed record ArticleFilter
{
    public IReadOnlyList<long> SourceIds { get; init; } = [];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>Words to find (full-text, normalised: hamza, ya and ta-marbuta variants match).</summary>
    public string? Query { get; init; }

    public bool NewestFirst { get; init; } = true;

    /// <summary>Articles that mention (or quote) any of these actors.</summary>
    public IReadOnlyList<long> ActorIds { get; init; } = [];

    /// <summary>Articles with any of these topics (topic keys).</summary>
    public IReadOnlyList<string> TopicKeys { get; init; } = [];
}

public sealed record ArticleListItem
{
    public long Id { get; init; }
    public required string Title { get; init; }
    public required string SourceName { get; init; }
    public required string PublishedAt { get; init; }
    public bool DateEstimated { get; init; }
    public string? Author { get; init; }
    public string? Category { get; init; }
}

public sealed record ArticlePage(IReadOnlyList<ArticleListItem> Items, int Total, int Page, int PageSize);

public sealed record ArticleDetail
{
    public long Id { get; init; }
    public long SourceId { get; init; }
    public required string SourceName { get; init; }
    public required string Title { get; init; }
    public string? Author { get; init; }
    public string? Dateline { get; init; }
    public string? Summary { get; init; }
    public string? Category { get; init; }
    public string? Url { get; init; }
    public string? ExternalId { get; init; }
    public required string PublishedAt { get; init; }
    public bool DateEstimated { get; init; }
    public required string ImportedAt { get; init; }
    public required string Body { get; init; }
}

public sealed class ArticleQueries(SqliteConnectionFactory factory)
{
    /// <summary>Articles that mention any of @ActorIds or quote one of them (also used by the dashboard's raw path).</summary>
    internal const string ByActors =
        "a.id IN (SELECT m.article_id FROM mentions m WHERE m.actor_id IN @ActorIds UNION SELECT q.article_id FROM quotes q WHERE q.speaker_actor_id IN @ActorIds)";

    /// <summary>Articles tagged with any of the topic keys @TopicKeys.</summary>
    internal const string ByTopics =
        "a.id IN (SELECT at.article_id FROM article_topics at JOIN topics t ON t.id = at.topic_id WHERE t.key IN @TopicKeys)";

    private const string SelectDetail = """
        SELECT a.id, a.source_id, s.name AS source_name, a.title, a.author, a.dateline, a.summary, a.category, a.url,
               a.external_id, a.published_at, a.date_estimated, a.imported_at, a.body
        FROM articles a JOIN sources s ON s.id = a.source_id
        WHERE a.id = @Id
        """;

    private const string ListColumns = """
        SELECT a.id, a.title, s.name AS source_name, a.published_at, a.date_estimated, a.author, a.category
        FROM articles a JOIN sources s ON s.id = a.source_id
        """;

    public async Task<ArticleDetail?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<ArticleDetail>(
            new CommandDefinition(SelectDetail, new { Id = id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<ArticlePage> ListAsync(ArticleFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        page = Math.Max(page, 0);
        pageSize = Math.Clamp(pageSize, 1, 500);
        var (where, parameters) = BuildWhere(filter);
        parameters.Add("Limit", pageSize);
        parameters.Add("Offset", page * pageSize);
        var order = filter.NewestFirst ? "a.published_at DESC, a.id DESC" : "a.published_at ASC, a.id ASC";
        var listSql = $"{ListColumns} {where} ORDER BY {order} LIMIT @Limit OFFSET @Offset";
        var countSql = $"SELECT COUNT(*) FROM articles a {where}";

        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        var items = await connection.QueryAsync<ArticleListItem>(new CommandDefinition(listSql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(countSql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new ArticlePage(items.AsList(), total, page, pageSize);
    }

    /// <summary>The ids of the list a reader came from, for previous / next.</summary>
    public async Task<(long? Previous, long? Next)> NeighboursAsync(long id, ArticleFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = BuildWhere(filter);
        parameters.Add("Id", id);
        var and = where.Length == 0 ? "WHERE" : where + " AND";
        var newer = $"""
            SELECT a.id FROM articles a, (SELECT published_at AS p FROM articles WHERE id = @Id) cur
            {and} (a.published_at > cur.p OR (a.published_at = cur.p AND a.id > @Id))
            ORDER BY a.published_at ASC, a.id ASC LIMIT 1
            """;
        var older = $"""
            SELECT a.id FROM articles a, (SELECT published_at AS p FROM articles WHERE id = @Id) cur
            {and} (a.published_at < cur.p OR (a.published_at = cur.p AND a.id < @Id))
            ORDER BY a.published_at DESC, a.id DESC LIMIT 1
            """;
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        var newerId = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(newer, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var olderId = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(older, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return filter.NewestFirst ? (newerId, olderId) : (olderId, newerId);
    }

    private static (string Where, DynamicParameters Parameters) BuildWhere(ArticleFilter filter)
    {
        var clauses = new List<string>();
        var parameters = new DynamicParameters();
        if (filter.SourceIds.Count > 0)
        {
            clauses.Add("a.source_id IN @SourceIds");
            parameters.Add("SourceIds", filter.SourceIds);
        }

        if (filter.From is { } from)
        {
            clauses.Add("a.published_at >= @From");
            parameters.Add("From", from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (filter.To is { } to)
        {
            clauses.Add("a.published_at < @To");
            parameters.Add("To", to.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (ToFtsQuery(filter.Query) is { } match)
        {
            clauses.Add("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @Match)");
            parameters.Add("Match", match);
        }

        if (filter.ActorIds.Count > 0)
        {
            clauses.Add(ByActors);
            parameters.Add("ActorIds", filter.ActorIds);
        }

        if (filter.TopicKeys.Count > 0)
        {
            clauses.Add(ByTopics);
            parameters.Add("TopicKeys", filter.TopicKeys);
        }

        return (clauses.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", clauses), parameters);
    }

    /// <summary>
    /// Turns what a user typed into a safe FTS5 query over the normalised index: each word quoted (so FTS syntax in the
    /// input is never interpreted) and all words required.
    /// </summary>
    internal static string? ToFtsQuery(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = ArabicNormalizer.NormalizeForMatching(text)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0)
            .ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var sb = new StringBuilder();
        foreach (var word in words)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append('"').Append(word).Append('"');
        }

        return sb.ToString();
    }
}
