using System.Globalization;
using System.Reflection;
using Dapper;

namespace MediaMonitor.Core.Storage;

/// <summary>Applies the numbered embedded <c>Migrations/NNNN_name.sql</c> scripts not yet recorded, each in its own transaction.</summary>
public sealed class DatabaseMigrator(SqliteConnectionFactory factory)
{
    private const string CreateHistory = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version     INTEGER PRIMARY KEY,
            name        TEXT NOT NULL,
            applied_at  TEXT NOT NULL
        );
        """;

    private const string SelectApplied = "SELECT version FROM schema_migrations";

    private const string InsertApplied = """
        INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)
        """;

    public sealed record Migration(int Version, string Name, string Sql);

    /// <summary>Returns the versions applied by this call.</summary>
    public IReadOnlyList<int> Migrate()
    {
        using var connection = factory.Open();
        // WAL is persistent in the file: readers never block the writer, the writer never blocks readers.
        connection.Execute("PRAGMA journal_mode = WAL;");
        connection.Execute(CreateHistory);
        var applied = connection.Query<int>(SelectApplied).ToHashSet();
        var done = new List<int>();
        foreach (var migration in LoadMigrations().Where(m => !applied.Contains(m.Version)))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(migration.Sql, transaction: transaction);
            connection.Execute(
                InsertApplied,
                new { migration.Version, migration.Name, AppliedAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture) },
                transaction);
            transaction.Commit();
            done.Add(migration.Version);
        }

        return done;
    }

    public static IReadOnlyList<Migration> LoadMigrations()
    {
        var assembly = typeof(DatabaseMigrator).Assembly;
        const string marker = ".Storage.Migrations.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.Contains(marker, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var file = n[(n.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..];
                var version = int.Parse(file.AsSpan(0, file.IndexOf('_', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
                return new Migration(version, file, ReadResource(assembly, n));
            })
            .OrderBy(m => m.Version)
            .ToList();
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded migration {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
