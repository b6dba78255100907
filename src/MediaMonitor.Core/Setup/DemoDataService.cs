using Dapper;
using MediaMonitor.Core.Demo;
using MediaMonitor.Core.Importing;
using MediaMonitor.Core.Ingestion;
using MediaMonitor.Core.Storage;

namespace MediaMonitor.Core.Setup;

/// <summary>Settings of section "Demo": whether an empty database gets the demo corpus, and how much of it.</summary>
public sealed class DemoDataOptions
{
    public bool Enabled { get; set; } = true;

    public int Articles { get; set; } = 1800;

    public int Days { get; set; } = 90;
}

/// <summary>Fills an empty database so that the app shows something real at once: the seed article (when ../shared is there) and the fictional demo corpus.</summary>
public sealed class DemoDataService(SqliteConnectionFactory factory, ImportService importer, ImportInputReader inputs, RegistrySeeder registry, DemoDataOptions options, ContentPaths paths, TimeProvider time)
{
    public const string SeedRelativePath = "corpus/seed/kadhimi-nato.txt";

    /// <summary>Loads the seed and the demo corpus when enabled and the database has no article yet; returns what was imported.</summary>
    public async Task<IReadOnlyList<ImportReport>> LoadIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (!options.Enabled || await HasArticlesAsync(cancellationToken).ConfigureAwait(false))
        {
            return [];
        }

        var reports = new List<ImportReport>();
        if (paths.SharedFolder is { } shared && File.Exists(Path.Combine(shared, SeedRelativePath)))
        {
            var seed = Path.Combine(shared, SeedRelativePath);
            reports.Add(await importer.ImportAsync(
                inputs.ReadAsync([seed], null, cancellationToken),
                new ImportRequest { Inputs = "seed article", InitiatedBy = "demo" },
                cancellationToken: cancellationToken).ConfigureAwait(false));
        }

        reports.Add(await LoadDemoAsync(options.Articles, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), options.Days, null, cancellationToken).ConfigureAwait(false));
        return reports;
    }

    /// <summary>Imports <paramref name="articles"/> generated demo articles ending at <paramref name="endDate"/>.</summary>
    public async Task<ImportReport> LoadDemoAsync(int articles, DateOnly endDate, int days, IProgress<ImportProgress>? progress, CancellationToken cancellationToken = default)
    {
        await registry.SeedDemoActorsAsync(cancellationToken).ConfigureAwait(false);
        return await importer.ImportAsync(
            Generate(new DemoOptions(articles, endDate, days), time.GetUtcNow()).ToAsyncEnumerable(),
            new ImportRequest { Inputs = $"demo corpus ({articles} articles)", InitiatedBy = "demo", IsDemo = true, SourceKind = "demo" },
            progress,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The generator spreads the last day over all 24 hours; a demo loaded in the morning must not show articles from
    /// the afternoon, so today's times are squeezed into the part of the day that has passed, keeping their order.
    /// </summary>
    internal static DateTimeOffset? NotInTheFuture(DateTimeOffset? published, DateTimeOffset now)
    {
        if (published is not { } at || at <= now)
        {
            return published;
        }

        var dayStart = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var fraction = (now - dayStart) / TimeSpan.FromDays(1);
        var offset = Math.Clamp((at.ToUniversalTime() - dayStart) / TimeSpan.FromDays(1), 0, 1);
        return dayStart + TimeSpan.FromDays(offset * fraction);
    }

    private async Task<bool> HasArticlesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT EXISTS (SELECT 1 FROM articles)", cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private static IEnumerable<ReadResult> Generate(DemoOptions demo, DateTimeOffset now) =>
        DemoCorpus.Generate(demo).Select(draft => ReadResult.Ok(draft with { PublishedAt = NotInTheFuture(draft.PublishedAt, now) }));
}
