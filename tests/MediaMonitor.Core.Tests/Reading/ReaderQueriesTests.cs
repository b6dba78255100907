using Dapper;
using MediaMonitor.Analysis.Actors;
using MediaMonitor.Core.Actors;
using MediaMonitor.Core.Analysis;
using MediaMonitor.Core.Importing;
using MediaMonitor.Core.Ingestion;
using MediaMonitor.Core.Reading;
using MediaMonitor.Core.Tests.TestSupport;
using static MediaMonitor.Core.Tests.TestSupport.TempDatabase;

namespace MediaMonitor.Core.Tests.Reading;

/// <summary>The reader's and the actor page's queries on a real SQLite file filled by the real import and analysis.</summary>
public sealed class ReaderQueriesTests : IDisposable
{
    // Fictional people and places, written for these tests.
    private const string First = """
        قال وزير الخارجية الواحي سليم الوادعي إن «الحوار هو الطريق الوحيد لحل الأزمة مع جمهورية الرمال».
        وأضاف الوادعي: «لن نقبل بأي تهديد لأمن الواحة».
        وفي بلدة نخلان، أعلنت وزارة الداخلية الواحية أنها عززت الإجراءات الأمنية بعد الهجوم.
        """;

    private const string Second = """
        وصل وزير الخارجية إلى بلدة نخلان أمس.
        وقال سليم الوادعي: «نخلان في قلب الواحة».
        """;

    private readonly TempDatabase db = new();

    public void Dispose() => db.Dispose();

    private async Task<(long First, long Second)> ImportAsync()
    {
        await new ActorQueries(db.Factory, db.WriteGate, TimeProvider.System).SeedAsync(
        [
            new RegistryEntry("oasis", "جمهورية الواحة", "Oasis Republic", ActorType.Place, ["الواحة"], "f", null, null, "country"),
            new RegistryEntry("nakhlan", "نخلان", "Nakhlan", ActorType.Place, ["بلدة نخلان"], null, null, null, "city"),
            new RegistryEntry("wadi", "سليم الوادعي", "Salim al-Wadi", ActorType.Person, ["الوادعي"], "m", "وزير الخارجية", "OA", null),
        ]);
        await new TopicQueries(db.Factory, db.WriteGate).SeedStarterTopicsAsync();
        await db.Importer().ImportAsync(
            Items(
                ReadResult.Ok(Draft(First, title: "الواحة تدعو إلى الحوار", published: new DateTimeOffset(2025, 3, 4, 10, 0, 0, TimeSpan.Zero))),
                ReadResult.Ok(Draft(Second, title: "الوادعي في نخلان", published: new DateTimeOffset(2025, 3, 9, 10, 0, 0, TimeSpan.Zero)))),
            new ImportRequest { Inputs = "t", InitiatedBy = "test" });
        using var connection = db.Factory.Open();
        var ids = connection.Query<long>("SELECT id FROM articles ORDER BY published_at").ToList();
        return (ids[0], ids[1]);
    }

    private long ActorId(string key)
    {
        using var connection = db.Factory.Open();
        return connection.ExecuteScalar<long>("SELECT id FROM actors WHERE key = @Key", new { Key = key });
    }

    [Fact]
    public async Task ReaderGetsEveryQuotationWithItsSpeakerNameAndRoleAndSpansIntoTheBody()
    {
        var (first, _) = await ImportAsync();

        var analysis = await new ReaderQueries(db.Factory).GetAsync(first);

        using var connection = db.Factory.Open();
        var stored = connection.ExecuteScalar<int>("SELECT COUNT(*) FROM quotes WHERE article_id = @Id", new { Id = first });
        Assert.Equal(stored, analysis.Quotes.Count);
        Assert.True(stored >= 2);
        Assert.All(analysis.Quotes, q => Assert.Equal(q.Text, First.Substring(q.Start, q.Length)));
        Assert.Contains(analysis.Quotes, q => q.SpeakerDisplayName == "سليم الوادعي" && q.SpeakerRole == "وزير الخارجية" && q.Kind == "direct");
        Assert.Equal(analysis.Quotes.OrderBy(q => q.Start).Select(q => q.Id), analysis.Quotes.Select(q => q.Id));
    }

    [Fact]
    public async Task ReaderGetsMentionsTopicsAndActorCountsThatAgreeWithTheStoredRows()
    {
        var (first, _) = await ImportAsync();

        var analysis = await new ReaderQueries(db.Factory).GetAsync(first);

        using var connection = db.Factory.Open();
        Assert.Equal(connection.ExecuteScalar<int>("SELECT COUNT(*) FROM mentions WHERE article_id = @Id", new { Id = first }), analysis.Mentions.Count);
        Assert.All(analysis.Mentions, m => Assert.True(m.Start >= 0 && m.Start + m.Length <= First.Length));
        Assert.Equal(connection.ExecuteScalar<int>("SELECT COUNT(*) FROM article_topics WHERE article_id = @Id", new { Id = first }), analysis.Topics.Count);
        Assert.Equal(analysis.Topics.OrderByDescending(t => t.Score).Select(t => t.Key), analysis.Topics.Select(t => t.Key));
        var wadi = Assert.Single(analysis.Actors, a => a.Id == ActorId("wadi"));
        Assert.Equal(analysis.Mentions.Count(m => m.ActorId == wadi.Id), wadi.Mentions);
        Assert.Equal(analysis.Quotes.Count(q => q.SpeakerActorId == wadi.Id), wadi.Quotes);
    }

    [Fact]
    public async Task UnknownArticleHasNoAnalysis()
    {
        await ImportAsync();

        var analysis = await new ReaderQueries(db.Factory).GetAsync(987654);

        Assert.Empty(analysis.Quotes);
        Assert.Empty(analysis.Mentions);
        Assert.Empty(analysis.Actors);
    }

    [Fact]
    public async Task ActorProfileHasNamesAliasesRoleAndCountsPerDayFromTheRollup()
    {
        await ImportAsync();
        var wadi = ActorId("wadi");
        var queries = new ActorPageQueries(db.Factory);

        var profile = await queries.GetAsync(wadi);
        var days = await queries.CountsByDayAsync(wadi);

        Assert.NotNull(profile);
        Assert.Equal("سليم الوادعي", profile.NameAr);
        Assert.Equal("Salim al-Wadi", profile.NameEn);
        Assert.Equal("وزير الخارجية", profile.Role);
        Assert.Contains("الوادعي", profile.Aliases);
        Assert.DoesNotContain("سليم الوادعي", profile.Aliases);
        using var connection = db.Factory.Open();
        var expected = connection.Query<(string Day, int Quotes)>(
            "SELECT substr(a.published_at, 1, 10), COUNT(q.id) FROM articles a LEFT JOIN quotes q ON q.article_id = a.id AND q.speaker_actor_id = @Id GROUP BY 1 ORDER BY 1",
            new { Id = wadi }).ToList();
        Assert.Equal(expected.Select(e => e.Day), days.Select(d => d.Day));
        Assert.Equal(expected.Select(e => e.Quotes), days.Select(d => d.Quotes));
        Assert.All(days, d => Assert.Equal(1, d.Articles));
    }

    [Fact]
    public async Task TimelineListsArticlesNewestFirstEachWithTheActorsOwnQuotations()
    {
        var (first, second) = await ImportAsync();
        var wadi = ActorId("wadi");

        var timeline = await new ActorPageQueries(db.Factory).TimelineAsync(wadi, 10);

        Assert.Equal([second, first], timeline.Select(e => e.ArticleId));
        using var connection = db.Factory.Open();
        foreach (var entry in timeline)
        {
            var ids = connection.Query<long>("SELECT id FROM quotes WHERE article_id = @A AND speaker_actor_id = @S ORDER BY start", new { A = entry.ArticleId, S = wadi });
            Assert.Equal(ids, entry.Quotes.Select(q => q.Id));
        }

        Assert.NotEmpty(timeline[1].Quotes);
    }

    [Fact]
    public async Task CoMentionsCountTheArticlesSharedWithOtherActors()
    {
        await ImportAsync();
        var wadi = ActorId("wadi");

        var others = await new ActorPageQueries(db.Factory).CoMentionsAsync(wadi, 10);

        var nakhlan = Assert.Single(others, o => o.Id == ActorId("nakhlan"));
        Assert.Equal(2, nakhlan.Articles);
        Assert.DoesNotContain(others, o => o.Id == wadi);
        Assert.Equal(others.OrderByDescending(o => o.Articles).Select(o => o.Articles), others.Select(o => o.Articles));
    }

    [Fact]
    public async Task SpeakerQuotesAreFilteredByInclusiveDaysAndCounted()
    {
        var (first, second) = await ImportAsync();
        var wadi = ActorId("wadi");
        var queries = new ActorPageQueries(db.Factory);
        using var connection = db.Factory.Open();
        int Count(long article) => connection.ExecuteScalar<int>("SELECT COUNT(*) FROM quotes WHERE article_id = @A AND speaker_actor_id = @S", new { A = article, S = wadi });

        var all = await queries.SpeakerQuotesAsync(wadi, null, null, 50);
        var firstDayOnly = await queries.SpeakerQuotesAsync(wadi, new DateOnly(2025, 3, 4), new DateOnly(2025, 3, 4), 50);
        var fromLater = await queries.SpeakerQuotesAsync(wadi, new DateOnly(2025, 3, 5), null, 50);
        var onePerPage = await queries.SpeakerQuotesAsync(wadi, null, null, 1, 1);

        Assert.True(Count(second) > 0);
        Assert.Equal(Count(first) + Count(second), all.Total);
        Assert.Equal(all.Total, all.Items.Count);
        Assert.Equal(second, all.Items[0].ArticleId);
        Assert.Equal(Count(first), firstDayOnly.Total);
        Assert.All(firstDayOnly.Items, q => Assert.Equal(first, q.ArticleId));
        Assert.Equal(Count(second), fromLater.Total);
        Assert.Equal(all.Items[1].Id, Assert.Single(onePerPage.Items).Id);
    }
}
