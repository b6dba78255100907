using MediaMonitor.Core.Importing;
using MediaMonitor.Core.Ingestion;
using MediaMonitor.Core.Storage;
using Microsoft.Data.Sqlite;

namespace MediaMonitor.Core.Tests.TestSupport;

/// <summary>A real SQLite file in a temp folder, migrated, deleted afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("mm-test-");

    public TempDatabase()
    {
        Path = System.IO.Path.Combine(folder.FullName, "test.db");
        Factory = SqliteConnectionFactory.ForFile(Path);
        new DatabaseMigrator(Factory).Migrate();
    }

    public string Path { get; }

    public SqliteConnectionFactory Factory { get; }

    public DatabaseWriteGate WriteGate { get; } = new();

    public ImportService Importer(int batchSize = 500, TimeProvider? time = null) =>
        new(Factory, WriteGate, new ImportOptions { BatchSize = batchSize }, time ?? TimeProvider.System);

    public void Dispose()
    {
        WriteGate.Dispose();
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    public static IAsyncEnumerable<ReadResult> Items(params ReadResult[] items) => items.ToAsyncEnumerable();

    public static ArticleDraft Draft(string body, string title = "عنوان", string? source = "صحيفة الاختبار", DateTimeOffset? published = null, string origin = "test") => new()
    {
        Title = title,
        Body = body,
        Source = source,
        PublishedAt = published ?? new DateTimeOffset(2025, 3, 4, 10, 30, 0, TimeSpan.FromHours(3)),
        Origin = origin,
    };
}
