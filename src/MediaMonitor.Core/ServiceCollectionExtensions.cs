using MediaMonitor.Core.Actors;
using MediaMonitor.Core.Analysis;
using MediaMonitor.Core.Articles;
using MediaMonitor.Core.Dashboard;
using MediaMonitor.Core.Briefing;
using MediaMonitor.Core.Daily;
using MediaMonitor.Core.Importing;
using MediaMonitor.Core.Reading;
using MediaMonitor.Core.Setup;
using MediaMonitor.Core.Sources;
using MediaMonitor.Core.Stats;
using MediaMonitor.Core.Storage;
using MediaMonitor.Core.Stories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MediaMonitor.Core;

/// <summary>Where the app runs from: the content root (the repository root in a checkout) and the shared data beside it.</summary>
public sealed record ContentPaths(string ContentRoot)
{
    /// <summary><c>../shared</c> beside the content root, or null when absent (tests that need it skip).</summary>
    public string? SharedFolder => RepositoryRoot.SharedFolder(ContentRoot);
}

public static class ServiceCollectionExtensions
{
    public const string ConnectionStringName = "MediaMonitor";
    public const string DefaultConnectionString = "Data Source=data/mediamonitor.db";

    /// <summary>
    /// Registers storage, queries and the import pipeline. A relative SQLite path in <c>ConnectionStrings:MediaMonitor</c>
    /// resolves against <paramref name="contentRoot"/> (the repository root).
    /// </summary>
    public static IServiceCollection AddMediaMonitorCore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString;
        services.AddSingleton(new SqliteConnectionFactory(SqliteConnectionFactory.ResolveConnectionString(connectionString, contentRoot)));
        services.AddSingleton(configuration.GetSection("Import").Get<ImportOptions>() ?? new ImportOptions());
        services.AddSingleton(configuration.GetSection("Demo").Get<DemoDataOptions>() ?? new DemoDataOptions());
        services.AddSingleton(new ContentPaths(contentRoot));
        services.AddSingleton<DatabaseWriteGate>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<ImportService>();
        services.AddSingleton<ImportRunQueries>();
        services.AddSingleton<ArticleQueries>();
        services.AddSingleton<SourceQueries>();
        services.AddSingleton<StatsQueries>();
        services.AddSingleton<DemoDataService>();
        services.AddSingleton<ImportInputReader>();
        services.AddSingleton<ActorQueries>();
        services.AddSingleton<TopicQueries>();
        services.AddSingleton<RegistrySeeder>();
        services.AddSingleton<ReanalysisService>();
        services.AddMemoryCache();
        services.AddSingleton<DashboardCache>();
        services.AddSingleton<DashboardQueries>();
        services.AddSingleton<StoryBackfillService>();
        services.AddSingleton<StoryQueries>();
        services.AddSingleton<DailyQueries>();
        services.AddSingleton<DailySummaryService>();
        services.AddSingleton<BriefingService>();
        services.AddSingleton<ReaderQueries>();
        services.AddSingleton<ActorPageQueries>();
        return services;
    }
}
