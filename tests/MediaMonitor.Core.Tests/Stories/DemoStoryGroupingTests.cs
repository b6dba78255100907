using Dapper;
using MediaMonitor.Core.Demo;
using MediaMonitor.Core.Importing;
using MediaMonitor.Core.Ingestion;
using MediaMonitor.Core.Setup;
using MediaMonitor.Core.Tests.TestSupport;

namespace MediaMonitor.Core.Tests.Stories;

public sealed class DemoStoryGroupingTests : IDisposable
{
    private readonly TempDatabase db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public async Task TheDemoCorpusSpikeStoriesReprintedByManyOutletsGroupIntoOneStoryEach()
    {
        var seeder = new RegistrySeeder(db.Factory, new MediaMonitor.Core.Actors.ActorQueries(db.Factory, db.WriteGate, TimeProvider.System), new MediaMonitor.Core.Analysis.TopicQueries(db.Factory, db.WriteGate));
        await seeder.SeedAsync();
        await seeder.SeedDemoActorsAsync();
        var drafts = DemoCorpus.Generate(new DemoOptions(900, new DateOnly(2025, 6, 30), 45)).ToList();
        await db.Importer().ImportAsync(drafts.Select(ReadResult.Ok).ToAsyncEnumerable(), new ImportRequest { Inputs = "demo", InitiatedBy = "test", IsDemo = true, SourceKind = "demo" });

        using var connection = db.Factory.Open();
        var rows = connection.Query<(string Body, long Story, long Source)>("SELECT body, story_id, source_id FROM articles").ToList();
        // Reprints share their core paragraphs; regular articles share at most a stock sentence, never two in a row.
        var reprinted = rows
            .Where(r => r.Body.Split('\n').Length > 2)
            .GroupBy(r => string.Join('\n', r.Body.Split('\n')[1..3]), StringComparer.Ordinal)
            .Where(g => g.Count() >= 3 && g.Select(r => r.Source).Distinct().Count() >= 3)
            .ToList();

        Assert.NotEmpty(reprinted);
        Assert.All(reprinted, g => Assert.Single(g.Select(r => r.Story).Distinct()));
        Assert.True(rows.Select(r => r.Story).Distinct().Count() > rows.Count / 2, "regular demo articles stay separate stories");
    }
}
