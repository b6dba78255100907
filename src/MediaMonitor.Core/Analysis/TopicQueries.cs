using Dapper;
using MediaMonitor.Analysis.Topics;
using MediaMonitor.Core.Storage;
using Microsoft.Data.Sqlite;

namespace MediaMonitor.Core.Analysis;

public sealed record TopicRow
{
    public long Id { get; init; }
    public required string Key { get; init; }
    public required string NameAr { get; init; }
    public required string NameEn { get; init; }
    public required string Rule { get; init; }
    public double Threshold { get; init; }
}

/// <summary>Topic definitions in the database: seeded from the starter set, edited later, loaded for analysis.</summary>
public sealed class TopicQueries(SqliteConnectionFactory factory, DatabaseWriteGate writeGate)
{
    // A user's edit of a starter topic's rule is kept: seeding only adds topics that are missing.
    private const string InsertMissing = """
        INSERT INTO topics (key, name_ar, name_en, rule, threshold) VALUES (@Key, @NameAr, @NameEn, @Rule, @Threshold)
        ON CONFLICT (key) DO NOTHING
        """;

    private const string SelectAll = "SELECT id, key, name_ar, name_en, rule, threshold FROM topics ORDER BY id";

    public async Task SeedStarterTopicsAsync(CancellationToken cancellationToken = default)
    {
        using var gate = await writeGate.EnterAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction();
        await connection.ExecuteAsync(new CommandDefinition(InsertMissing, StarterTopics.All, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        transaction.Commit();
    }

    public static IReadOnlyList<TopicRow> Load(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.Query<TopicRow>(SelectAll, transaction: transaction).AsList();
    }

    public async Task<IReadOnlyList<TopicRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        return Load(connection);
    }

    public static TopicClassifier Classifier(IEnumerable<TopicRow> rows) =>
        new(rows.Select(r => new TopicDefinition(r.Key, r.NameAr, r.NameEn, r.Rule, r.Threshold)));
}
