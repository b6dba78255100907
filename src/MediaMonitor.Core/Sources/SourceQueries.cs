using Dapper;
using MediaMonitor.Core.Storage;

namespace MediaMonitor.Core.Sources;

public sealed record SourceSummary
{
    public long Id { get; init; }
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public bool IsDemo { get; init; }
    public int Articles { get; init; }
}

public sealed class SourceQueries(SqliteConnectionFactory factory, DatabaseWriteGate writeGate)
{
    private const string SelectAll = """
        SELECT s.id, s.name, s.kind, s.is_demo,
               COALESCE((SELECT SUM(d.articles) FROM source_day d WHERE d.source_id = s.id), 0) AS articles
        FROM sources s
        ORDER BY articles DESC, s.name
        """;

    private const string CountDemo = "SELECT COUNT(*) FROM articles WHERE source_id IN (SELECT id FROM sources WHERE is_demo = 1)";

    // Cascades remove the demo articles' mentions, quotes, topics and rollups; the FTS trigger removes their index rows.
    // actor_pair_day is cleared first in one pass: its cascades would otherwise scan it once per demo actor and outlet.
    private const string DeleteDemo = """
        DELETE FROM actor_pair_day WHERE source_id IN (SELECT id FROM sources WHERE is_demo = 1)
            OR actor_a IN (SELECT id FROM actors WHERE is_demo = 1) OR actor_b IN (SELECT id FROM actors WHERE is_demo = 1);
        DELETE FROM sources WHERE is_demo = 1;
        DELETE FROM actors WHERE is_demo = 1;
        """;

    public async Task<IReadOnlyList<SourceSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SourceSummary>(new CommandDefinition(SelectAll, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.AsList();
    }

    public async Task<int> CountDemoArticlesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(CountDemo, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Removes every demo source with its articles and everything derived from them; returns the articles removed.</summary>
    public async Task<int> RemoveDemoDataAsync(CancellationToken cancellationToken = default)
    {
        using var gate = await writeGate.EnterAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction();
        var count = await connection.ExecuteScalarAsync<int>(new CommandDefinition(CountDemo, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(DeleteDemo, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        transaction.Commit();
        return count;
    }
}
