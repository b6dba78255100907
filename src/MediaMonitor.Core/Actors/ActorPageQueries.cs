using System.Globalization;
using Dapper;
using MediaMonitor.Core.Storage;

namespace MediaMonitor.Core.Actors;

public sealed record ActorProfile
{
    public long Id { get; init; }
    public required string NameAr { get; init; }
    public string? NameEn { get; init; }
    public required string Type { get; init; }
    public required string Status { get; init; }
    public string? Role { get; init; }
    public string? Country { get; init; }
    public bool IsDemo { get; init; }
    public string? FirstSeen { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
}

/// <summary>One day of an actor's daily rollup, summed over outlets.</summary>
public sealed record ActorDayCount
{
    public required string Day { get; init; }
    public int Articles { get; init; }
    public int Mentions { get; init; }
    public int Quotes { get; init; }
}

/// <summary>An article in an actor's timeline, with the actor's own quotations in it.</summary>
public sealed record ActorTimelineEntry
{
    public long ArticleId { get; init; }
    public required string Title { get; init; }
    public required string SourceName { get; init; }
    public required string PublishedAt { get; init; }
    public bool DateEstimated { get; init; }
    public int Mentions { get; init; }
    public IReadOnlyList<SpeakerQuote> Quotes { get; init; } = [];
}

/// <summary>A quotation by a speaker, with the article it comes from.</summary>
public sealed record SpeakerQuote
{
    public long Id { get; init; }
    public long ArticleId { get; init; }
    public required string Text { get; init; }
    public required string Kind { get; init; }
    public string? Cue { get; init; }
    public required string Title { get; init; }
    public required string SourceName { get; init; }
    public required string PublishedAt { get; init; }
    public bool DateEstimated { get; init; }
}

public sealed record SpeakerQuotePage(IReadOnlyList<SpeakerQuote> Items, int Total);

/// <summary>An actor mentioned in the same articles as another, and in how many of them.</summary>
public sealed record CoMention
{
    public long Id { get; init; }
    public required string Name { get; init; }
    public required string Type { get; init; }
    public int Articles { get; init; }
}

/// <summary>The actor page and the speaker view: profile, counts per day (from the rollup), timeline, co-mentions, quotations.</summary>
public sealed class ActorPageQueries(SqliteConnectionFactory factory)
{
    private const string SelectProfile = """
        SELECT id, name_ar, name_en, type, status, role, country, is_demo, first_seen FROM actors WHERE id = @Id
        """;

    private const string SelectAliases = """
        SELECT alias FROM actor_aliases WHERE actor_id = @Id ORDER BY alias
        """;

    private const string SelectDays = """
        SELECT day, SUM(articles) AS articles, SUM(mentions) AS mentions, SUM(quotes) AS quotes
        FROM actor_day WHERE actor_id = @Id
        GROUP BY day ORDER BY day
        """;

    private const string SelectTimeline = """
        SELECT a.id AS article_id, a.title, s.name AS source_name, a.published_at, a.date_estimated,
               (SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id AND m.actor_id = @Id) AS mentions
        FROM articles a JOIN sources s ON s.id = a.source_id
        WHERE a.id IN (SELECT article_id FROM mentions WHERE actor_id = @Id
                       UNION SELECT article_id FROM quotes WHERE speaker_actor_id = @Id)
        ORDER BY a.published_at DESC, a.id DESC
        LIMIT @Limit
        """;

    private const string SelectTimelineQuotes = """
        SELECT q.id, q.article_id, q.text, q.kind, q.cue, a.title, s.name AS source_name, a.published_at, a.date_estimated
        FROM quotes q JOIN articles a ON a.id = q.article_id JOIN sources s ON s.id = a.source_id
        WHERE q.speaker_actor_id = @Id AND q.article_id IN @ArticleIds
        ORDER BY q.article_id, q.start
        """;

    private const string SelectCoMentions = """
        SELECT a.id, a.name_ar AS name, a.type, COUNT(DISTINCT m.article_id) AS articles
        FROM mentions m JOIN actors a ON a.id = m.actor_id
        WHERE m.article_id IN (SELECT article_id FROM mentions WHERE actor_id = @Id)
          AND m.actor_id <> @Id AND a.status <> 'ignored'
        GROUP BY a.id
        ORDER BY articles DESC, a.id
        LIMIT @Limit
        """;

    private const string SpeakerWhere = """
        FROM quotes q JOIN articles a ON a.id = q.article_id JOIN sources s ON s.id = a.source_id
        WHERE q.speaker_actor_id = @Id
          AND (@From IS NULL OR a.published_at >= @From)
          AND (@To IS NULL OR a.published_at < @To)
        """;

    private const string SelectSpeakerQuotes = $"""
        SELECT q.id, q.article_id, q.text, q.kind, q.cue, a.title, s.name AS source_name, a.published_at, a.date_estimated
        {SpeakerWhere}
        ORDER BY a.published_at DESC, q.article_id DESC, q.start
        LIMIT @Limit OFFSET @Offset
        """;

    private const string CountSpeakerQuotes = $"SELECT COUNT(*) {SpeakerWhere}";

    public async Task<ActorProfile?> GetAsync(long actorId, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        var profile = await connection.QuerySingleOrDefaultAsync<ActorProfile>(new CommandDefinition(SelectProfile, new { Id = actorId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (profile is null)
        {
            return null;
        }

        var aliases = await connection.QueryAsync<string>(new CommandDefinition(SelectAliases, new { Id = actorId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return profile with { Aliases = aliases.Where(a => a != profile.NameAr).ToList() };
    }

    /// <summary>Articles, mentions and quotations per UTC day, only days with any.</summary>
    public async Task<IReadOnlyList<ActorDayCount>> CountsByDayAsync(long actorId, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await connection.QueryAsync<ActorDayCount>(new CommandDefinition(SelectDays, new { Id = actorId }, cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
    }

    /// <summary>The newest articles that mention or quote the actor, each with the actor's quotations in it.</summary>
    public async Task<IReadOnlyList<ActorTimelineEntry>> TimelineAsync(long actorId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        var entries = (await connection.QueryAsync<ActorTimelineEntry>(new CommandDefinition(
            SelectTimeline, new { Id = actorId, Limit = Math.Clamp(limit, 1, 500) }, cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
        if (entries.Count == 0)
        {
            return entries;
        }

        var quotes = (await connection.QueryAsync<SpeakerQuote>(new CommandDefinition(
            SelectTimelineQuotes, new { Id = actorId, ArticleIds = entries.Select(e => e.ArticleId).ToArray() }, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToLookup(q => q.ArticleId);
        return entries.Select(e => e with { Quotes = quotes[e.ArticleId].ToList() }).ToList();
    }

    /// <summary>The actors mentioned most often in the same articles as this one.</summary>
    public async Task<IReadOnlyList<CoMention>> CoMentionsAsync(long actorId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await connection.QueryAsync<CoMention>(new CommandDefinition(
            SelectCoMentions, new { Id = actorId, Limit = Math.Clamp(limit, 1, 100) }, cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
    }

    /// <summary>Quotations by one speaker across the corpus, newest first; <paramref name="from"/> and <paramref name="to"/> are inclusive UTC days.</summary>
    public async Task<SpeakerQuotePage> SpeakerQuotesAsync(long actorId, DateOnly? from, DateOnly? to, int limit, int offset = 0, CancellationToken cancellationToken = default)
    {
        var parameters = new
        {
            Id = actorId,
            From = from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            To = to?.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Limit = Math.Clamp(limit, 1, 500),
            Offset = Math.Max(offset, 0),
        };
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        var items = await connection.QueryAsync<SpeakerQuote>(new CommandDefinition(SelectSpeakerQuotes, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(CountSpeakerQuotes, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new SpeakerQuotePage(items.AsList(), total);
    }
}
