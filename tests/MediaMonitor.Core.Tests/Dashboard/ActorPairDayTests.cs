using Dapper;
using MediaMonitor.Core.Actors;
using MediaMonitor.Core.Analysis;
using MediaMonitor.Core.Dashboard;
using MediaMonitor.Core.Demo;
using MediaMonitor.Core.Importing;
using MediaMonitor.Core.Ingestion;
using MediaMonitor.Core.Setup;
using MediaMonitor.Core.Sources;
using MediaMonitor.Core.Storage;
using MediaMonitor.Core.Tests.TestSupport;

namespace MediaMonitor.Core.Tests.Dashboard;

/// <summary>
/// actor_pair_day (articles per pair of actors, day and outlet) stays equal to the pairs counted from mentions and
/// speakers, whoever writes or removes them, and the co-occurrence read from it equals the one read from the raw tables.
/// </summary>
public sealed class ActorPairDayTests : IAsyncLifetime, IDisposable
{
    private static readonly DateOnly End = new(2026, 1, 31);

    // The pairs counted directly from the raw tables, compared both ways with the rollup.
    private const string Difference = """
        WITH ap AS (
            SELECT article_id, actor_id FROM mentions
            UNION SELECT article_id, speaker_actor_id FROM quotes WHERE speaker_actor_id IS NOT NULL),
        pairs AS (
            SELECT x.actor_id AS a, y.actor_id AS b, substr(ar.published_at, 1, 10) AS day, ar.source_id AS s, COUNT(*) AS n
            FROM ap x JOIN ap y ON y.article_id = x.article_id AND y.actor_id > x.actor_id JOIN articles ar ON ar.id = x.article_id
            GROUP BY 1, 2, 3, 4)
        SELECT (SELECT COUNT(*) FROM (SELECT * FROM pairs EXCEPT SELECT actor_a, actor_b, day, source_id, articles FROM actor_pair_day))
             + (SELECT COUNT(*) FROM (SELECT actor_a, actor_b, day, source_id, articles FROM actor_pair_day EXCEPT SELECT * FROM pairs))
        """;

    private readonly TempDatabase db = new();

    public async Task InitializeAsync()
    {
        var actors = new ActorQueries(db.Factory, db.WriteGate, TimeProvider.System);
        var seeder = new RegistrySeeder(db.Factory, actors, new TopicQueries(db.Factory, db.WriteGate));
        await seeder.SeedAsync();
        await seeder.SeedDemoActorsAsync();
        // Non-demo outlets first (renamed, so that they are not the demo ones), then the demo outlets.
        var real = DemoCorpus.Generate(new DemoOptions(150, End, 10, Seed: 7))
            .Select(d => d with { Source = "real " + d.Source, ExternalId = "real-" + d.ExternalId, Url = d.Url + "?real" })
            .Select(ReadResult.Ok).ToAsyncEnumerable();
        await db.Importer(batchSize: 50).ImportAsync(real, new ImportRequest { Inputs = "real", InitiatedBy = "test" });
        var demo = DemoCorpus.Generate(new DemoOptions(150, End, 10)).Select(ReadResult.Ok).ToAsyncEnumerable();
        await db.Importer(batchSize: 50).ImportAsync(demo, new ImportRequest { Inputs = "demo", InitiatedBy = "test", IsDemo = true, SourceKind = "demo" });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task PairsAndCoOccurrenceFollowImportsReanalysisAndRemovals()
    {
        await using var connection = await db.Factory.OpenAsync();
        var rows = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM actor_pair_day");
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.is_demo = 0") > 100);
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.is_demo = 1") > 100);
        Assert.True(rows > 100);
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT MAX(articles) FROM actor_pair_day") > 1, "pairs that share several articles a day");
        await AssertInStep(connection);

        await new ReanalysisService(db.Factory, db.WriteGate, TimeProvider.System).RunAsync();
        await AssertInStep(connection);
        Assert.Equal(rows, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM actor_pair_day"));

        await connection.ExecuteAsync("DELETE FROM sources WHERE id = (SELECT MIN(id) FROM sources)");
        await AssertInStep(connection);
        var afterSource = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM actor_pair_day");
        Assert.True(afterSource < rows);

        Assert.True(await new SourceQueries(db.Factory, db.WriteGate).RemoveDemoDataAsync() > 0);
        await AssertInStep(connection);
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM actor_pair_day") < afterSource);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("""
            SELECT COUNT(*) FROM actor_pair_day WHERE source_id IN (SELECT id FROM sources WHERE is_demo = 1)
               OR actor_a IN (SELECT id FROM actors WHERE is_demo = 1) OR actor_b IN (SELECT id FROM actors WHERE is_demo = 1)
            """));
    }

    [Fact]
    public async Task TheMigrationBackfillsThePairsOfAnExistingArchive()
    {
        await using var connection = await db.Factory.OpenAsync();
        var rows = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM actor_pair_day");
        var migration = DatabaseMigrator.LoadMigrations().Single(m => m.Name.Contains("actor_pairs", StringComparison.Ordinal));

        await connection.ExecuteAsync("DROP TABLE actor_pair_day");
        await connection.ExecuteAsync(migration.Sql);

        Assert.True(rows > 100);
        Assert.Equal(rows, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM actor_pair_day"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(Difference));
    }

    public void Dispose() => db.Dispose();

    private async Task AssertInStep(Microsoft.Data.Sqlite.SqliteConnection connection)
    {
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(Difference));
        var sources = (await connection.QueryAsync<long>("SELECT id FROM sources ORDER BY id")).AsList();
        var month = new DashboardFilter { From = End.AddDays(-30), To = End };
        var filters = new List<DashboardFilter> { month, month with { From = End.AddDays(-3), To = End.AddDays(-1) } };
        if (sources.Count > 1)
        {
            filters.Add(month with { SourceIds = [sources[0], sources[^1]] });
        }

        foreach (var filter in filters)
        {
            Assert.False(filter.NeedsRawTables);
            var rollup = await new DashboardQueries(db.Factory) { Source = DashboardSource.Auto }.CoOccurrenceAsync(filter, 10);
            var raw = await new DashboardQueries(db.Factory) { Source = DashboardSource.RawTables }.CoOccurrenceAsync(filter, 10);
            Assert.Equal(raw.Actors.Select(a => a.Id), rollup.Actors.Select(a => a.Id));
            Assert.Equal(raw.Counts.Select(r => r.ToList()), rollup.Counts.Select(r => r.ToList()));
        }
    }
}
