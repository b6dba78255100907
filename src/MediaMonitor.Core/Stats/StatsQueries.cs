using Dapper;
using MediaMonitor.Core.Storage;

namespace MediaMonitor.Core.Stats;

public sealed record SourceCount
{
    public required string Source { get; init; }
    public int Articles { get; init; }
    public string? FirstDay { get; init; }
    public string? LastDay { get; init; }
}

public sealed record DayCount
{
    public required string Day { get; init; }
    public int Articles { get; init; }
}

public sealed record DatabaseTotals
{
    public int Articles { get; init; }
    public int Sources { get; init; }
    public int Actors { get; init; }
    public int Quotes { get; init; }
    public int ImportRuns { get; init; }
}

/// <summary>Counts for `mm stats` and the status bar, all from the daily rollups or small tables.</summary>
public sealed class StatsQueries(SqliteConnectionFactory factory)
{
    private const string PerSource = """
        SELECT s.name AS source, SUM(d.articles) AS articles, MIN(d.day) AS first_day, MAX(d.day) AS last_day
        FROM source_day d JOIN sources s ON s.id = d.source_id
        GROUP BY s.id ORDER BY articles DESC, s.name
        """;

    private const string PerDay = """
        SELECT day, SUM(articles) AS articles FROM source_day
        GROUP BY day ORDER BY day DESC LIMIT @Days
        """;

    private const string Totals = """
        SELECT (SELECT COUNT(*) FROM articles) AS articles,
               (SELECT COUNT(*) FROM sources) AS sources,
               (SELECT COUNT(DISTINCT actor_id) FROM actor_day) AS actors,
               (SELECT COUNT(*) FROM quotes) AS quotes,
               (SELECT COUNT(*) FROM import_runs) AS import_runs
        """;

    public async Task<IReadOnlyList<SourceCount>> ArticlesPerSourceAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await connection.QueryAsync<SourceCount>(new CommandDefinition(PerSource, cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
    }

    /// <summary>The most recent <paramref name="days"/> days that have articles, newest first.</summary>
    public async Task<IReadOnlyList<DayCount>> ArticlesPerDayAsync(int days, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await connection.QueryAsync<DayCount>(new CommandDefinition(PerDay, new { Days = days }, cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
    }

    public async Task<DatabaseTotals> TotalsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleAsync<DatabaseTotals>(new CommandDefinition(Totals, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
