using Dapper;
using MediaMonitor.Analysis.Topics;
using MediaMonitor.Core.Storage;
using Microsoft.Data.Sqlite;

namespace MediaMonitor.Core.Analysis;

/// <summary>The topic rules compiled for analysis, with the database id of each topic key.</summary>
public sealed record TopicSet(TopicClassifier Classifier, IReadOnlyDictionary<string, long> Ids)
{
    public static TopicSet Empty { get; } = new(new TopicClassifier([]), new Dictionary<string, long>());
}

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

    public static TopicSet LoadSet(SqliteConnection connection)
    {
        var rows = Load(connection);
        return new TopicSet(
            new TopicClassifier(rows.Select(r => new TopicDefinition(r.Key, r.NameAr, r.NameEn, r.Rule, r.Threshold))),
            rows.ToDictionary(r => r.Key, r => r.Id, StringComparer.Ordinal));
    }

    public async Task<TopicSet> LoadSetAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        return LoadSet(connection);
    }
}
