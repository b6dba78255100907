using MediaMonitor.Core.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace MediaMonitor.Browser.Tests.Support;

/// <summary>
/// The real app on Kestrel at a free loopback port, with its own SQLite file, serving fonts and scripts from the
/// repository's wwwroot exactly as `dotnet run` does.
/// </summary>
public sealed class AppServer : WebApplicationFactory<Program>
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("mm-browser-");

    public AppServer(int demoArticles)
    {
        DemoArticles = demoArticles;
        DatabasePath = Path.Combine(folder.FullName, "browser.db");
        UseKestrel(0);
        StartServer();
        BaseUrl = ClientOptions.BaseAddress.ToString().TrimEnd('/');
    }

    public int DemoArticles { get; }

    public string DatabasePath { get; }

    public string BaseUrl { get; }

    public static string RepoRoot { get; } = RepositoryRoot.Locate(typeof(AppServer).Assembly)
        ?? throw new InvalidOperationException("Run the tests from inside the repository.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseContentRoot(RepoRoot);
        builder.UseWebRoot(Path.Combine(RepoRoot, "wwwroot"));
        builder.UseSetting("ConnectionStrings:MediaMonitor", $"Data Source={DatabasePath}");
        builder.UseSetting("Demo:Enabled", DemoArticles > 0 ? "true" : "false");
        builder.UseSetting("Demo:Articles", DemoArticles.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync().ConfigureAwait(false);
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
        GC.SuppressFinalize(this);
    }
}
