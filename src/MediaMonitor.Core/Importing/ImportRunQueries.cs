using Dapper;
using MediaMonitor.Core.Ingestion;
using MediaMonitor.Core.Storage;

namespace MediaMonitor.Core.Importing;

public sealed record ImportRunSummary
{
    public long Id { get; init; }
    public required string StartedAt { get; init; }
    public string? FinishedAt { get; init; }
    public required string InitiatedBy { get; init; }
    public required string Inputs { get; init; }
    public required string Status { get; init; }
    public int Imported { get; init; }
    public int Duplicates { get; init; }
    public int Failed { get; init; }
    public int Skipped { get; init; }
    public string? Message { get; init; }
}

/// <summary>The record of past imports: what came in, what was a duplicate, what failed and why.</summary>
public sealed class ImportRunQueries(SqliteConnectionFactory factory)
{
    private const string Recent = """
        SELECT id, started_at, finished_at, initiated_by, inputs, status, imported, duplicates, failed, skipped, message
        FROM import_runs ORDER BY id DESC LIMIT @Limit
        """;

    private const string ErrorsOfRun = """
        SELECT file, position, reason FROM import_errors WHERE run_id = @RunId ORDER BY id LIMIT @Limit
        """;

    public async Task<IReadOnlyList<ImportRunSummary>> RecentAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await connection.QueryAsync<ImportRunSummary>(new CommandDefinition(Recent, new { Limit = limit }, cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
    }

    public async Task<IReadOnlyList<ImportItemError>> ErrorsAsync(long runId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string File, string Position, string Reason)>(
            new CommandDefinition(ErrorsOfRun, new { RunId = runId, Limit = limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new ImportItemError(r.File, r.Position, r.Reason)).ToList();
    }
}
