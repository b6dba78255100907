using MediaMonitor.Core.Storage;
using MediaMonitor.Core.Stories;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MediaMonitor.Core.Setup;

/// <summary>At start-up, before the app serves: applies migrations, then loads demo data into an empty database.</summary>
public sealed partial class DatabaseInitializer(DatabaseMigrator migrator, RegistrySeeder registry, DemoDataService demo, StoryBackfillService stories, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = migrator.Migrate();
        if (applied.Count > 0)
        {
            LogMigrated(logger, applied.Count, applied[^1]);
        }

        await registry.SeedAsync(cancellationToken).ConfigureAwait(false);
        var grouped = await stories.RunAsync(cancellationToken).ConfigureAwait(false);
        if (grouped > 0)
        {
            LogStoriesGrouped(logger, grouped);
        }

        foreach (var report in await demo.LoadIfEmptyAsync(cancellationToken).ConfigureAwait(false))
        {
            LogDemoLoaded(logger, report.Imported, report.Duplicates, report.Failed, report.Elapsed.TotalSeconds);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} database migrations, now at version {Version}")]
    private static partial void LogMigrated(ILogger logger, int count, int version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Grouped {Count} articles stored before story grouping into stories")]
    private static partial void LogStoriesGrouped(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded start-up data: {Imported} imported, {Duplicates} duplicates, {Failed} failed in {Seconds:F1} s")]
    private static partial void LogDemoLoaded(ILogger logger, int imported, int duplicates, int failed, double seconds);
}
