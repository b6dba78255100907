using Dapper;
using MediaMonitor.Core.Actors;
using MediaMonitor.Core.Analysis;
using MediaMonitor.Core.Demo;
using MediaMonitor.Core.Importing;
using MediaMonitor.Core.Ingestion;
using MediaMonitor.Core.Setup;
using MediaMonitor.Core.Tests.TestSupport;

namespace MediaMonitor.Core.Tests.Dashboard;

/// <summary>actor_day_all (actor totals over all outlets) stays equal to actor_day summed, whoever writes actor_day.</summary>
public sealed class ActorDayAllTests : IDisposable
{
    private const string Difference = """
        SELECT (SELECT COUNT(*) FROM (
            SELECT day, actor_id, SUM(articles) AS a, SUM(mentions) AS m, SUM(quotes) AS q FROM actor_day GROUP BY day, actor_id
            EXCEPT SELECT day, actor_id, articles, mentions, quotes FROM actor_day_all))
        + (SELECT COUNT(*) FROM (
            SELECT day, actor_id, articles, mentions, quotes FROM actor_day_all
            EXCEPT SELECT day, actor_id, SUM(articles), SUM(mentions), SUM(quotes) FROM actor_day GROUP BY day, actor_id))
        """;

    private readonly TempDatabase db = new();

    [Fact]
    public async Task TotalsFollowImportsReanalysisAndRemovingAnOutlet()
    {
        var actors = new ActorQueries(db.Factory, db.WriteGate, TimeProvider.System);
        var seeder = new RegistrySeeder(db.Factory, actors, new TopicQueries(db.Factory, db.WriteGate));
        await seeder.SeedAsync();
        await seeder.SeedDemoActorsAsync();
        var drafts = DemoCorpus.Generate(new DemoOptions(200, new DateOnly(2026, 1, 31), 10)).Select(ReadResult.Ok).ToAsyncEnumerable();
        await db.Importer(batchSize: 50).ImportAsync(drafts, new ImportRequest { Inputs = "demo", InitiatedBy = "test" });
        await using var connection = await db.Factory.OpenAsync();
        var rows = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM actor_day_all");
        var merged = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM actor_day") - rows;

        Assert.True(rows > 50);
        Assert.True(merged > 0, "several outlets per actor and day, so that the totals really add rows up");
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(Difference));

        await new ReanalysisService(db.Factory, db.WriteGate, TimeProvider.System).RunAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(Difference));
        Assert.Equal(rows, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM actor_day_all"));

        await connection.ExecuteAsync("DELETE FROM sources WHERE id = (SELECT MIN(id) FROM sources)");
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(Difference));
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM actor_day_all") < rows);
    }

    public void Dispose() => db.Dispose();
}
