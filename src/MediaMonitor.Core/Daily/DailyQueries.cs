using Dapper;
using MediaMonitor.Core.Storage;
using MediaMonitor.Core.Stories;

namespace MediaMonitor.Core.Daily;

/// <summary>An actor or topic in a period with its total over the baseline days before it.</summary>
public sealed record TrendRow
{
    public long Id { get; init; }
    public required string Key { get; init; }
    public required string NameAr { get; init; }
    public string? NameEn { get; init; }
    public required string Type { get; init; }
    public int Articles { get; init; }
    public int Quotes { get; init; }
    public int BaselineTotal { get; init; }
    public int BaselineSquares { get; init; }
}

/// <summary>
/// SQL for the daily summary: per-day rollups (<c>source_day</c>, <c>actor_day</c>, <c>topic_day</c>) for volumes,
/// actors and topics; the article index (<c>published_at, story_id, source_id</c>) for stories and outlets; quotations
/// of the period for the key quotations. Every query takes a <see cref="PeriodFilter"/> (days and outlets) plus a
/// baseline window of days before it.
/// </summary>
public sealed class DailyQueries(SqliteConnectionFactory factory)
{
    private const string RollupSources = "(@AnySource OR source_id IN @Sources)";

    private const string LatestDay = "SELECT MAX(day) FROM source_day WHERE articles > 0";
    private const string PreviousDay = "SELECT MAX(day) FROM source_day WHERE articles > 0 AND day < @Day";
    private const string NextDay = "SELECT MIN(day) FROM source_day WHERE articles > 0 AND day > @Day";

    private const string QuoteTotal = $"SELECT COALESCE(SUM(quotes), 0) FROM source_day WHERE day BETWEEN @FromDay AND @ToDay AND {RollupSources}";

    // Actors: people and organisations (places are in almost every article and would fill the list).
    private const string TopActors = $"""
        WITH cur AS (
            SELECT actor_id, SUM(articles) AS articles, SUM(quotes) AS quotes FROM actor_day
            WHERE day BETWEEN @FromDay AND @ToDay AND {RollupSources}
            GROUP BY actor_id)
        SELECT a.id, CAST(a.id AS TEXT) AS key, a.name_ar, a.name_en, a.type, cur.articles, cur.quotes,
               (SELECT COALESCE(SUM(b.articles), 0) FROM actor_day b
                WHERE b.actor_id = cur.actor_id AND b.day BETWEEN @BaseFrom AND @BaseTo AND {RollupSources}) AS baseline_total
        FROM cur JOIN actors a ON a.id = cur.actor_id
        WHERE a.status <> 'ignored' AND a.type <> 'place'
        ORDER BY cur.articles DESC, a.name_ar
        LIMIT @Limit
        """;

    private const string TopTopics = $"""
        WITH cur AS (
            SELECT topic_id, SUM(articles) AS articles, SUM(quotes) AS quotes FROM topic_day
            WHERE day BETWEEN @FromDay AND @ToDay AND {RollupSources}
            GROUP BY topic_id)
        SELECT t.id, t.key, t.name_ar, t.name_en, 'topic' AS type, cur.articles, cur.quotes,
               (SELECT COALESCE(SUM(b.articles), 0) FROM topic_day b
                WHERE b.topic_id = cur.topic_id AND b.day BETWEEN @BaseFrom AND @BaseTo AND {RollupSources}) AS baseline_total
        FROM cur JOIN topics t ON t.id = cur.topic_id
        ORDER BY cur.articles DESC, t.name_ar
        LIMIT @Limit
        """;

    // First seen: no actor_day row before the period, in any outlet.
    private const string NewActors = $"""
        SELECT a.id, CAST(a.id AS TEXT) AS key, a.name_ar, a.name_en, a.type, SUM(d.articles) AS articles, SUM(d.quotes) AS quotes
        FROM actor_day d JOIN actors a ON a.id = d.actor_id
        WHERE d.day BETWEEN @FromDay AND @ToDay AND (@AnySource OR d.source_id IN @Sources) AND a.status <> 'ignored'
          AND NOT EXISTS (SELECT 1 FROM actor_day e WHERE e.actor_id = d.actor_id AND e.day < @FromDay)
        GROUP BY a.id
        ORDER BY articles DESC, a.name_ar
        LIMIT @Limit
        """;

    // Candidates for spikes: enough articles in the period; the per-day totals of the baseline give mean and spread.
    private const string ActorSpikeCandidates = $"""
        WITH cur AS (
            SELECT actor_id, SUM(articles) AS articles, SUM(quotes) AS quotes FROM actor_day
            WHERE day BETWEEN @FromDay AND @ToDay AND {RollupSources}
            GROUP BY actor_id HAVING SUM(articles) >= @MinCount),
        base AS (
            SELECT d.actor_id, d.day, SUM(d.articles) AS n FROM actor_day d JOIN cur ON cur.actor_id = d.actor_id
            WHERE d.day BETWEEN @BaseFrom AND @BaseTo AND (@AnySource OR d.source_id IN @Sources)
            GROUP BY d.actor_id, d.day)
        SELECT a.id, CAST(a.id AS TEXT) AS key, a.name_ar, a.name_en, a.type, cur.articles, cur.quotes,
               COALESCE((SELECT SUM(n) FROM base WHERE base.actor_id = cur.actor_id), 0) AS baseline_total,
               COALESCE((SELECT SUM(n * n) FROM base WHERE base.actor_id = cur.actor_id), 0) AS baseline_squares
        FROM cur JOIN actors a ON a.id = cur.actor_id
        WHERE a.status <> 'ignored'
        """;

    private const string TopicSpikeCandidates = $"""
        WITH cur AS (
            SELECT topic_id, SUM(articles) AS articles, SUM(quotes) AS quotes FROM topic_day
            WHERE day BETWEEN @FromDay AND @ToDay AND {RollupSources}
            GROUP BY topic_id HAVING SUM(articles) >= @MinCount),
        base AS (
            SELECT d.topic_id, d.day, SUM(d.articles) AS n FROM topic_day d JOIN cur ON cur.topic_id = d.topic_id
            WHERE d.day BETWEEN @BaseFrom AND @BaseTo AND (@AnySource OR d.source_id IN @Sources)
            GROUP BY d.topic_id, d.day)
        SELECT t.id, t.key, t.name_ar, t.name_en, 'topic' AS type, cur.articles, cur.quotes,
               COALESCE((SELECT SUM(n) FROM base WHERE base.topic_id = cur.topic_id), 0) AS baseline_total,
               COALESCE((SELECT SUM(n * n) FROM base WHERE base.topic_id = cur.topic_id), 0) AS baseline_squares
        FROM cur JOIN topics t ON t.id = cur.topic_id
        """;

    private const string Speakers = $"""
        SELECT a.id, CAST(a.id AS TEXT) AS key, a.name_ar, a.name_en, a.type, SUM(d.articles) AS articles, SUM(d.quotes) AS quotes,
               (SELECT COALESCE(SUM(b.quotes), 0) FROM actor_day b
                WHERE b.actor_id = d.actor_id AND b.day BETWEEN @BaseFrom AND @BaseTo AND (@AnySource OR b.source_id IN @Sources)) AS baseline_total
        FROM actor_day d JOIN actors a ON a.id = d.actor_id
        WHERE d.day BETWEEN @FromDay AND @ToDay AND (@AnySource OR d.source_id IN @Sources) AND d.quotes > 0 AND a.status <> 'ignored'
        GROUP BY d.actor_id
        ORDER BY quotes DESC, a.name_ar
        LIMIT @Limit
        """;

    // One quotation per speaker: the one from the most widely reported story, then the longest (a full statement).
    private const string KeyQuotes = $"""
        WITH q AS (
            SELECT q.id AS quote_id, q.article_id, q.text, q.speaker_actor_id AS speaker_id,
                   COALESCE(ac.name_ar, q.speaker_text) AS speaker, ac.name_en AS speaker_en, src.name AS source,
                   a.published_at, a.title AS article_title, a.url,
                   (SELECT COUNT(DISTINCT o.source_id) FROM articles o WHERE o.story_id = a.story_id) AS story_outlets,
                   length(q.text) AS len
            FROM quotes q
            JOIN articles a ON a.id = q.article_id
            JOIN sources src ON src.id = a.source_id
            JOIN actors ac ON ac.id = q.speaker_actor_id
            WHERE {StoryQueries.InPeriod} AND q.kind = 'direct' AND length(q.text) BETWEEN 25 AND 400 AND ac.status <> 'ignored'),
        ranked AS (
            SELECT *, ROW_NUMBER() OVER (PARTITION BY speaker_id ORDER BY story_outlets DESC, len DESC, quote_id) AS rn,
                   COUNT(*) OVER (PARTITION BY speaker_id) AS speaker_quotes
            FROM q)
        SELECT quote_id, article_id, text, speaker_id, speaker, speaker_en, source, published_at, article_title, url, story_outlets
        FROM ranked WHERE rn = 1
        ORDER BY speaker_quotes DESC, story_outlets DESC, quote_id
        LIMIT @Limit
        """;

    public async Task<DateOnly?> LatestDayAsync(CancellationToken cancellationToken = default) =>
        await DayAsync(LatestDay, null, cancellationToken).ConfigureAwait(false);

    public async Task<DateOnly?> PreviousDayAsync(DateOnly day, CancellationToken cancellationToken = default) =>
        await DayAsync(PreviousDay, new { Day = PeriodFilter.DayText(day) }, cancellationToken).ConfigureAwait(false);

    public async Task<DateOnly?> NextDayAsync(DateOnly day, CancellationToken cancellationToken = default) =>
        await DayAsync(NextDay, new { Day = PeriodFilter.DayText(day) }, cancellationToken).ConfigureAwait(false);

    public Task<int> QuotesAsync(PeriodFilter filter, CancellationToken cancellationToken = default) =>
        ScalarAsync(QuoteTotal, Parameters(filter, filter.From, 0), cancellationToken);

    public Task<IReadOnlyList<TrendRow>> TopActorsAsync(PeriodFilter filter, DateOnly baselineFrom, int limit, CancellationToken cancellationToken = default) =>
        ListAsync<TrendRow>(TopActors, Parameters(filter, baselineFrom, limit), cancellationToken);

    public Task<IReadOnlyList<TrendRow>> TopTopicsAsync(PeriodFilter filter, DateOnly baselineFrom, int limit, CancellationToken cancellationToken = default) =>
        ListAsync<TrendRow>(TopTopics, Parameters(filter, baselineFrom, limit), cancellationToken);

    public Task<IReadOnlyList<TrendRow>> NewActorsAsync(PeriodFilter filter, int limit, CancellationToken cancellationToken = default) =>
        ListAsync<TrendRow>(NewActors, Parameters(filter, filter.From, limit), cancellationToken);

    public Task<IReadOnlyList<TrendRow>> ActorSpikeCandidatesAsync(PeriodFilter filter, DateOnly baselineFrom, int minCount, CancellationToken cancellationToken = default) =>
        ListAsync<TrendRow>(ActorSpikeCandidates, Parameters(filter, baselineFrom, 0, minCount), cancellationToken);

    public Task<IReadOnlyList<TrendRow>> TopicSpikeCandidatesAsync(PeriodFilter filter, DateOnly baselineFrom, int minCount, CancellationToken cancellationToken = default) =>
        ListAsync<TrendRow>(TopicSpikeCandidates, Parameters(filter, baselineFrom, 0, minCount), cancellationToken);

    public Task<IReadOnlyList<TrendRow>> SpeakersAsync(PeriodFilter filter, DateOnly baselineFrom, int limit, CancellationToken cancellationToken = default) =>
        ListAsync<TrendRow>(Speakers, Parameters(filter, baselineFrom, limit), cancellationToken);

    public Task<IReadOnlyList<KeyQuote>> KeyQuotesAsync(PeriodFilter filter, int limit, CancellationToken cancellationToken = default) =>
        ListAsync<KeyQuote>(KeyQuotes, Parameters(filter, filter.From, limit), cancellationToken);

    private static DynamicParameters Parameters(PeriodFilter filter, DateOnly baselineFrom, int limit, int minCount = 0)
    {
        var parameters = new DynamicParameters(filter.Parameters);
        parameters.Add("BaseFrom", PeriodFilter.DayText(baselineFrom));
        parameters.Add("BaseTo", PeriodFilter.DayText(filter.From.AddDays(-1)));
        parameters.Add("Limit", limit);
        parameters.Add("MinCount", minCount);
        return parameters;
    }

    private async Task<DateOnly?> DayAsync(string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        var day = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return day is null ? null : DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<int> ScalarAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<T>> ListAsync<T>(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
    }
}
