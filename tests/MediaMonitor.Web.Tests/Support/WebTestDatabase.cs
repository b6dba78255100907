using MediaMonitor.Core.Importing;
using MediaMonitor.Core.Ingestion;
using MediaMonitor.Core.Storage;
using Microsoft.Data.Sqlite;

namespace MediaMonitor.Web.Tests.Support;

/// <summary>A real, migrated SQLite file for component tests.</summary>
public sealed class WebTestDatabase : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("mm-web-");

    public WebTestDatabase()
    {
        Factory = SqliteConnectionFactory.ForFile(Path.Combine(folder.FullName, "web.db"));
        new DatabaseMigrator(Factory).Migrate();
    }

    public SqliteConnectionFactory Factory { get; }

    public DatabaseWriteGate WriteGate { get; } = new();

    public async Task<ImportReport> ImportAsync(params ArticleDraft[] drafts)
    {
        var importer = new ImportService(Factory, WriteGate, new ImportOptions(), TimeProvider.System);
        return await importer.ImportAsync(drafts.Select(ReadResult.Ok).ToAsyncEnumerable(), new ImportRequest { Inputs = "test", InitiatedBy = "test" });
    }

    public void Dispose()
    {
        WriteGate.Dispose();
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }
}
