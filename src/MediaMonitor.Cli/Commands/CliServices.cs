using MediaMonitor.Core;
using MediaMonitor.Core.Setup;
using MediaMonitor.Core.Storage;
using MediaMonitor.Core.Stories;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli.Commands;

/// <summary>Options every verb takes.</summary>
internal class DatabaseSettings : CommandSettings
{
    [CommandOption("--db <PATH>")]
    [System.ComponentModel.Description("SQLite database file (default: ConnectionStrings:MediaMonitor in appsettings.json, relative to the repository root).")]
    public string? Database { get; init; }
}

/// <summary>The same Core services the web app uses, configured from appsettings.json and --db, with the schema migrated.</summary>
internal static class CliServices
{
    public static async Task<ServiceProvider> BuildAsync(string? databasePath, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.FindOrCurrent();
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(root, "appsettings.json"), optional: true)
            .AddEnvironmentVariables("MEDIAMONITOR_")
            .Build();
        if (!string.IsNullOrWhiteSpace(databasePath))
        {
            configuration[$"ConnectionStrings:{ServiceCollectionExtensions.ConnectionStringName}"] =
                new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(databasePath) }.ToString();
        }

        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddHttpClient();
        services.AddMediaMonitorCore(configuration, root);
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<DatabaseMigrator>().Migrate();
        await provider.GetRequiredService<RegistrySeeder>().SeedAsync(cancellationToken).ConfigureAwait(false);
        await provider.GetRequiredService<StoryBackfillService>().RunAsync(cancellationToken).ConfigureAwait(false);
        return provider;
    }
}
