using MediaMonitor.Core.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace MediaMonitor.Web.Tests.Support;

/// <summary>The app hosted in-process on its own temporary SQLite file, with a small demo corpus loaded on start.</summary>
public abstract class DemoApp(int demoArticles, int? demoDays = null) : WebApplicationFactory<Program>
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("mm-web-");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var root = RepositoryRoot.Locate(typeof(DemoApp).Assembly)!;
        builder.UseContentRoot(root);
        builder.UseWebRoot(Path.Combine(root, "wwwroot"));
        builder.UseSetting("ConnectionStrings:MediaMonitor", $"Data Source={Path.Combine(folder.FullName, "app.db")}");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:Articles", demoArticles.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (demoDays is { } days)
        {
            builder.UseSetting("Demo:Days", days.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        // WebApplicationFactory disposes through both Dispose and DisposeAsync.
        folder.Refresh();
        if (folder.Exists)
        {
            folder.Delete(recursive: true);
        }
    }
}
