using Dapper;
using MediaMonitor.Analysis.Actors;
using MediaMonitor.Core.Actors;
using MediaMonitor.Core.Analysis;
using MediaMonitor.Core.Importing;
using MediaMonitor.Core.Ingestion;
using MediaMonitor.Core.Tests.TestSupport;
using static MediaMonitor.Core.Tests.TestSupport.TempDatabase;

namespace MediaMonitor.Core.Tests.Analysis;

/// <summary>Analysis results land in the database with the article, tied to the registry, and the rollups agree with them.</summary>
public sealed class AnalysisStorageTests : IDisposable
{
    // Fictional people and places, written for these tests.
    private const string Body = """
        قال وزير الخارجية الواحي سليم الوادعي إن «الحوار هو الطريق الوحيد لحل الأزمة مع جمهورية الرمال».
        وأضاف الوادعي: «لن نقبل بأي تهديد لأمن الواحة».
        وفي بلدة نخلان، أعلنت وزارة الداخلية الواحية أنها عززت الإجراءات الأمنية بعد الهجوم.
        """;

    private readonly TempDatabase db = new();

    public void Dispose() => db.Dispose();

    private ActorQueries Actors => new(db.Factory, db.WriteGate, TimeProvider.System);

    private async Task SeedAsync()
    {
        await Actors.SeedAsync(
        [
            new RegistryEntry("oasis", "جمهورية الواحة", "Oasis Republic", ActorType.Place, ["الواحة"], "f", null, null, "country"),
            new RegistryEntry("nakhlan", "نخلان", "Nakhlan", ActorType.Place, ["بلدة نخلان"], null, null, null, "city"),
            new RegistryEntry("wadi", "سليم الوادعي", "Salim al-Wadi", ActorType.Person, ["الوادعي"], "m", "وزير الخارجية", null, null),
        ]);
        await new TopicQueries(db.Factory, db.WriteGate).SeedStarterTopicsAsync();
    }

    private async Task<ImportReport> ImportAsync(string body = Body) =>
        await db.Importer().ImportAsync(Items(ReadResult.Ok(Draft(body, title: "الواحة تدعو إلى الحوار"))), new ImportRequest { Inputs = "t", InitiatedBy = "test" });

    [Fact]
    public async Task QuotationsAreStoredWithTheirSpeakerLinkedToTheRegistry()
    {
        await SeedAsync();

        await ImportAsync();

        using var connection = db.Factory.Open();
        var quotes = connection.Query<(string Kind, string Text, string? Speaker, string? Cue)>(
            "SELECT q.kind, q.text, a.name_ar, q.cue FROM quotes q LEFT JOIN actors a ON a.id = q.speaker_actor_id ORDER BY q.start").ToList();
        Assert.Contains(quotes, q => q.Text == "الحوار هو الطريق الوحيد لحل الأزمة مع جمهورية الرمال" && q.Speaker == "سليم الوادعي");
        Assert.Contains(quotes, q => q.Text == "لن نقبل بأي تهديد لأمن الواحة" && q.Speaker == "سليم الوادعي");
    }

    [Fact]
    public async Task RegistryActorsAreMentionedCliticAwareWithSpansIntoTheBody()
    {
        await SeedAsync();

        await ImportAsync();

        using var connection = db.Factory.Open();
        var mentions = connection.Query<(string Actor, int Start, int Length, string Surface)>(
            "SELECT a.name_ar, m.start, m.length, m.surface FROM mentions m JOIN actors a ON a.id = m.actor_id").ToList();
        Assert.All(mentions, m => Assert.Equal(m.Surface, Body.Substring(m.Start, m.Length)));
        Assert.Contains(mentions, m => m.Actor == "نخلان");
        Assert.Contains(mentions, m => m.Actor == "جمهورية الواحة" && m.Surface == "الواحة");
        Assert.Contains(mentions, m => m.Actor == "سليم الوادعي" && m.Surface == "الوادعي");
    }

    [Fact]
    public async Task ActorsTheRegistryDoesNotKnowAreStoredAsDiscovered()
    {
        await SeedAsync();

        await ImportAsync();

        using var connection = db.Factory.Open();
        var ministry = connection.QuerySingleOrDefault<(string Status, string Type)>(
            "SELECT status, type FROM actors WHERE name_ar LIKE 'وزارة الداخلية%'");
        Assert.Equal(("discovered", "organization"), ministry);
    }

    [Fact]
    public async Task DailyRollupsAgreeWithTheStoredMentionsQuotesAndTopics()
    {
        await SeedAsync();
        await ImportAsync();
        await ImportAsync(Body.Replace("الهجوم", "الانفجار", StringComparison.Ordinal));

        using var connection = db.Factory.Open();
        var fromRollup = connection.Query<(long Actor, int Articles, int Mentions)>(
            "SELECT actor_id, SUM(articles), SUM(mentions) FROM actor_day GROUP BY actor_id ORDER BY actor_id").ToList();
        var direct = connection.Query<(long Actor, int Articles, int Mentions)>(
            "SELECT actor_id, COUNT(DISTINCT article_id), COUNT(*) FROM mentions GROUP BY actor_id ORDER BY actor_id").ToList();
        Assert.Equal(direct, fromRollup);
        Assert.Equal(
            connection.ExecuteScalar<int>("SELECT COUNT(*) FROM quotes"),
            connection.ExecuteScalar<int>("SELECT SUM(quotes) FROM source_day"));
        Assert.Equal(
            connection.ExecuteScalar<int>("SELECT COUNT(*) FROM article_topics"),
            connection.ExecuteScalar<int>("SELECT COALESCE(SUM(articles), 0) FROM topic_day"));
    }

    [Fact]
    public async Task ReanalysisPicksUpARegistryChangeAndKeepsRollupsConsistent()
    {
        await SeedAsync();
        await ImportAsync();
        await Actors.SeedAsync([new RegistryEntry("sands", "جمهورية الرمال", "Sands Republic", ActorType.Place, ["الرمال"], "f", null, null, "country")]);

        var report = await new ReanalysisService(db.Factory, db.WriteGate, TimeProvider.System).RunAsync();

        Assert.Equal(1, report.Articles);
        using var connection = db.Factory.Open();
        Assert.Equal(1, connection.ExecuteScalar<int>(
            "SELECT COUNT(*) FROM mentions m JOIN actors a ON a.id = m.actor_id WHERE a.key = 'sands'"));
        var fromRollup = connection.Query<(long, int)>("SELECT actor_id, SUM(mentions) FROM actor_day GROUP BY actor_id ORDER BY actor_id").ToList();
        var direct = connection.Query<(long, int)>("SELECT actor_id, COUNT(*) FROM mentions GROUP BY actor_id ORDER BY actor_id").ToList();
        Assert.Equal(direct, fromRollup);
    }

    [Fact]
    public async Task SecurityNewsGetsTheSecurityTopic()
    {
        await SeedAsync();

        await ImportAsync("""
            قتل خمسة أشخاص في هجوم إرهابي بسيارة مفخخة استهدف حاجزا أمنيا، وأعلنت قوات الأمن حالة التأهب بعد التفجير.
            وقالت الشرطة إن جماعة مسلحة تبنت الهجوم، وإن عملية أمنية واسعة انطلقت لملاحقة الإرهابيين.
            """);

        using var connection = db.Factory.Open();
        var topics = connection.Query<string>("SELECT t.key FROM article_topics at JOIN topics t ON t.id = at.topic_id").ToList();
        Assert.Contains("security_terrorism", topics);
        Assert.DoesNotContain("sport", topics);
    }
}
