using Dapper;
using MediaMonitor.Cli;
using MediaMonitor.Core.Storage;
using MediaMonitor.Core.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace MediaMonitor.Core.Tests.Cli;

/// <summary>`mm import` run in-process exactly as from the shell: exit codes, what lands in the database.</summary>
[Collection(ConsoleTestGroup.Name)]
public sealed class ImportCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    private string DatabasePath => Path.Combine(folder.Path, "cli.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private int Count(string sql)
    {
        using var connection = SqliteConnectionFactory.ForFile(DatabasePath).Open();
        return connection.ExecuteScalar<int>(sql);
    }

    [Fact]
    public async Task CleanImportExitsZeroAndARepeatAddsNothing()
    {
        var input = folder.Write("in/news.jsonl", """
            {"title": "خبر أول", "content": "نص الخبر الأول.", "date": "2025-01-02", "source": "موقع أ"}
            {"title": "خبر ثان", "content": "نص الخبر الثاني.", "date": "2025-01-03", "source": "موقع أ"}
            """);

        var first = await MmApp.RunAsync(["import", input, "--db", DatabasePath]);
        var second = await MmApp.RunAsync(["import", input, "--db", DatabasePath]);

        Assert.Equal(0, first);
        Assert.Equal(0, second);
        Assert.Equal(2, Count("SELECT COUNT(*) FROM articles"));
        Assert.Equal(2, Count("SELECT duplicates FROM import_runs ORDER BY id DESC LIMIT 1"));
    }

    [Fact]
    public async Task AnyFailedItemMakesTheExitCodeNonZeroWhileTheRestIsImported()
    {
        folder.Write("in/good.json", """[{"title": "خبر سليم", "body": "نص سليم.", "published": "2025-02-01T10:00:00+03:00"}]""");
        folder.Write("in/bad.jsonl", "{\"title\": \"سطر سليم\", \"text\": \"نص السطر السليم.\"}\n{ broken\n");
        folder.Write("in/README.md", "not an article");

        var exit = await MmApp.RunAsync(["import", Path.Combine(folder.Path, "in"), "--db", DatabasePath, "--date", "2025-02-01"]);

        Assert.Equal(1, exit);
        Assert.Equal(2, Count("SELECT COUNT(*) FROM articles"));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM import_errors WHERE position = 'line 2'"));
        Assert.Equal(1, Count("SELECT skipped FROM import_runs"));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM articles WHERE date_estimated = 1 AND published_at = '2025-02-01T12:00:00Z'"));
    }

    [Fact]
    public async Task AHundredMegabyteFileIsRefusedUnreadAndNothingIsStored()
    {
        var huge = Path.Combine(folder.Path, "huge.txt");
        using (var stream = File.Create(huge))
        {
            stream.SetLength(100L * 1024 * 1024);
        }

        var exit = await MmApp.RunAsync(["import", huge, "--db", DatabasePath]);

        Assert.Equal(1, exit);
        Assert.Equal(0, Count("SELECT COUNT(*) FROM articles"));
        using var connection = SqliteConnectionFactory.ForFile(DatabasePath).Open();
        Assert.Contains("100.0 MB", connection.ExecuteScalar<string>("SELECT reason FROM import_errors"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadDateOptionIsRejectedBeforeAnythingIsWritten()
    {
        var exit = await MmApp.RunAsync(["import", folder.Path, "--db", DatabasePath, "--date", "01/02/2025"]);

        Assert.NotEqual(0, exit);
        Assert.False(File.Exists(DatabasePath));
    }
}

/// <summary>Console-writing tests run one at a time: Spectre.Console's AnsiConsole is process-wide.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleTestGroup
{
    public const string Name = "console";
}
