using MediaMonitor.Browser.Tests.Support;
using MediaMonitor.Core.Importing;
using MediaMonitor.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MediaMonitor.Browser.Tests.Features.Dashboard;

/// <summary>The app on a database holding ../shared/corpus/ant-dev, imported once through the app's own import path.</summary>
public sealed class AntDevDashboardServer : IAsyncLifetime
{
    public static string? AntDevFolder => BrowserFixture.SharedFolder is { } shared && Directory.Exists(Path.Combine(shared, "corpus", "ant-dev"))
        ? Path.Combine(shared, "corpus", "ant-dev")
        : null;

    public AppServer? Server { get; private set; }

    public SqliteConnectionFactory Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (AntDevFolder is not { } folder || BrowserFixture.Unavailable is not null)
        {
            return;
        }

        Server = new AppServer(demoArticles: 0);
        Database = SqliteConnectionFactory.ForFile(Server.DatabasePath);
        var importer = Server.Services.GetRequiredService<ImportService>();
        var inputs = Server.Services.GetRequiredService<ImportInputReader>();
        var report = await importer.ImportAsync(inputs.ReadAsync([folder], null, CancellationToken.None), new ImportRequest { Inputs = "ant-dev", InitiatedBy = "test" });
        Assert.True(report.Imported > 500, $"ant-dev import: {report.Imported} imported");
    }

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}

/// <summary>A browser test on the imported ant-dev corpus: skipped, saying why, without Chromium or ../shared.</summary>
public sealed class BrowserWithAntDevFactAttribute : FactAttribute
{
    public BrowserWithAntDevFactAttribute()
    {
        if (BrowserFixture.Unavailable is { } reason)
        {
            Skip = reason;
        }
        else if (AntDevDashboardServer.AntDevFolder is null)
        {
            Skip = "../shared/corpus/ant-dev not found: the dashboard test on real articles needs the shared corpus beside the repository.";
        }
    }
}
