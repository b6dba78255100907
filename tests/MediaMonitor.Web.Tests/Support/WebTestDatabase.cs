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
        return await importer.ImportAsync(Items(drafts), new ImportRequest { Inputs = "test", InitiatedBy = "test" });
    }

    private static async IAsyncEnumerable<ReadResult> Items(ArticleDraft[] drafts)
    {
        foreach (var draft in drafts)
        {
            yield return ReadResult.Ok(draft);
        }

        await Task.CompletedTask;
    }

    public void Dispose()
    {
        WriteGate.Dispose();
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }
}
