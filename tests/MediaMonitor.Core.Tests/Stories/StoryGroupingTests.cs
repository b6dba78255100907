using Dapper;
using MediaMonitor.Analysis.Actors;
using MediaMonitor.Core.Actors;
using MediaMonitor.Core.Analysis;
using MediaMonitor.Core.Daily;
using MediaMonitor.Core.Importing;
using MediaMonitor.Core.Ingestion;
using MediaMonitor.Core.Stories;
using MediaMonitor.Core.Tests.TestSupport;
using static MediaMonitor.Core.Tests.TestSupport.TempDatabase;

namespace MediaMonitor.Core.Tests.Stories;

/// <summary>Story grouping on import, re-analysis and backfill, with a fictional wire story the test writes itself.</summary>
public sealed class StoryGroupingTests : IDisposable
{
    // One wire story (fictional people and places), reprinted under different intros and titles.
    private const string WireCore = """
        وقال وزير الطاقة في جمهورية السنديان كمال الفيروزي في مؤتمر صحفي إن «الاتفاق سيضمن إمدادات الغاز للبلاد خلال السنوات العشر المقبلة».
        وأوضح الفيروزي أن الاتفاق الموقع مع شركة نفط الصنوبر يشمل بناء خط أنابيب بطول أربعمئة كيلومتر يربط حقول الشمال بمحطات الكهرباء في العاصمة.
        وأضاف أن تكلفة المشروع تبلغ ثلاثة مليارات دولار، وأن الأعمال ستبدأ مطلع العام المقبل وتستمر ثلاث سنوات بمشاركة شركات محلية.
        وكانت المفاوضات بين الحكومة والشركة قد تعثرت مرات عدة خلال العامين الماضيين بسبب الخلاف على الأسعار وشروط التمويل.
        """;

    private static readonly string[] Intros =
    [
        "الصنوبر - (وكالة أنباء السنديان) - وقعت حكومة السنديان اليوم اتفاقا لإمدادات الغاز مع شركة نفط الصنوبر.",
        "في تطور لافت، وقعت حكومة السنديان اتفاقا طال انتظاره لإمدادات الغاز، بحسب ما أفادت به وكالة أنباء السنديان.",
        "وقعت حكومة السنديان اتفاقا لإمدادات الغاز، في خبر تناقلته وكالات الأنباء على نطاق واسع.",
        "وسط اهتمام إقليمي واسع، أعلنت حكومة السنديان توقيع اتفاق للغاز مع شركة نفط الصنوبر.",
    ];

    private static readonly string[] Outlets = ["وكالة أنباء السنديان", "صحيفة الضفاف", "موقع المدار", "إذاعة الشمال"];

    // Same topic, same actors, another event: the minister inaugurates a power station and is asked about prices.
    private const string OtherStory = """
        افتتح وزير الطاقة في جمهورية السنديان كمال الفيروزي محطة جديدة للطاقة الشمسية في واحة الريحان بقدرة مئتي ميغاواط.
        وقال الفيروزي للصحفيين خلال جولة في المحطة إن «الطاقة المتجددة ستغطي ربع حاجة البلاد من الكهرباء بحلول نهاية العقد».
        وأشار إلى أن شركة نفط الصنوبر ستشارك في تشغيل المحطة وصيانتها بموجب عقد منفصل مدته خمس سنوات.
        ورفض الوزير التعليق على أسعار الوقود في السوق المحلية، مكتفيا بالقول إن الحكومة تدرس الخيارات المتاحة.
        """;

    private static readonly DateTimeOffset Day0 = new(2025, 5, 12, 8, 0, 0, TimeSpan.Zero);

    private readonly TempDatabase db = new();

    public void Dispose() => db.Dispose();

    private async Task SeedAsync()
    {
        await new ActorQueries(db.Factory, db.WriteGate, TimeProvider.System).SeedAsync(
        [
            new RegistryEntry("t-firuzi", "كمال الفيروزي", "Kamal al-Firuzi", ActorType.Person, ["الفيروزي"], "m", "وزير الطاقة", null, null),
            new RegistryEntry("t-sinder", "جمهورية السنديان", "Sindian Republic", ActorType.Place, ["السنديان"], "f", null, null, "country"),
            new RegistryEntry("t-oil", "شركة نفط الصنوبر", "Pine Oil Company", ActorType.Organization, ["نفط الصنوبر"], null, null, null, null),
            new RegistryEntry("t-ministry", "وزارة الطاقة السنديانية", "Sindian Ministry of Energy", ActorType.Organization, ["وزير الطاقة"], null, null, null, null),
        ]);
        await new TopicQueries(db.Factory, db.WriteGate).SeedStarterTopicsAsync();
    }

    private static ArticleDraft Reprint(int i, DateTimeOffset at) =>
        Draft(Intros[i % Intros.Length] + "\n" + WireCore, title: $"السنديان توقع اتفاق الغاز ({i})", source: Outlets[i % Outlets.Length], published: at, origin: $"reprint {i}");

    private async Task ImportAsync(params ArticleDraft[] drafts) =>
        await db.Importer(batchSize: 3).ImportAsync(Items([.. drafts.Select(ReadResult.Ok)]), new ImportRequest { Inputs = "t", InitiatedBy = "test" });

    private Dictionary<string, long> StoryOf()
    {
        using var connection = db.Factory.Open();
        return connection.Query<(string Title, long? Story)>("SELECT title, story_id FROM articles").ToDictionary(r => r.Title, r => r.Story ?? -1);
    }

    [Fact]
    public async Task ReprintsOfOneWireStoryByFourOutletsWithinTwoDaysAreOneStory()
    {
        await SeedAsync();

        await ImportAsync(
            Reprint(0, Day0),
            Reprint(1, Day0.AddHours(5)),
            Reprint(2, Day0.AddHours(26)),
            Reprint(3, Day0.AddHours(40)));

        var stories = StoryOf();
        Assert.Equal(4, stories.Count);
        Assert.Single(stories.Values.Distinct());
    }

    [Fact]
    public async Task AnotherEventWithTheSameTopicAndActorsOnTheSameDayIsAnotherStory()
    {
        await SeedAsync();

        await ImportAsync(
            Reprint(0, Day0),
            Draft(OtherStory, title: "الفيروزي يفتتح محطة شمسية", source: Outlets[1], published: Day0.AddHours(3), origin: "other"),
            Reprint(1, Day0.AddHours(6)));

        var stories = StoryOf();
        Assert.Equal(stories["السنديان توقع اتفاق الغاز (0)"], stories["السنديان توقع اتفاق الغاز (1)"]);
        Assert.NotEqual(stories["السنديان توقع اتفاق الغاز (0)"], stories["الفيروزي يفتتح محطة شمسية"]);
        using var connection = db.Factory.Open();
        var shared = connection.ExecuteScalar<int>("""
            SELECT COUNT(DISTINCT m1.actor_id) FROM mentions m1 JOIN articles a1 ON a1.id = m1.article_id
            JOIN mentions m2 ON m2.actor_id = m1.actor_id JOIN articles a2 ON a2.id = m2.article_id
            WHERE a1.title = 'الفيروزي يفتتح محطة شمسية' AND a2.title = 'السنديان توقع اتفاق الغاز (0)'
            """);
        Assert.True(shared >= 2, $"the two stories share {shared} actors, so the test proves actors alone do not group");
    }

    [Fact]
    public async Task TheSameTextAWeekLaterStartsANewStory()
    {
        await SeedAsync();

        await ImportAsync(Reprint(0, Day0), Reprint(1, Day0.AddDays(7)));

        var stories = StoryOf();
        Assert.NotEqual(stories["السنديان توقع اتفاق الغاز (0)"], stories["السنديان توقع اتفاق الغاز (1)"]);
    }

    [Fact]
    public async Task CountsGiveArticlesDistinctStoriesAndDistinctOutletsAsSqlDoes()
    {
        await SeedAsync();
        await ImportAsync(
            Reprint(0, Day0),
            Reprint(1, Day0.AddHours(2)),
            Reprint(2, Day0.AddHours(4)),
            Draft(OtherStory, title: "الفيروزي يفتتح محطة شمسية", source: Outlets[0], published: Day0.AddHours(3), origin: "other"));

        var counts = await new StoryQueries(db.Factory).CountsAsync(PeriodFilter.Day(DateOnly.FromDateTime(Day0.UtcDateTime)));

        using var connection = db.Factory.Open();
        var expected = connection.QuerySingle<(int Articles, int Stories, int Outlets)>(
            "SELECT COUNT(*), COUNT(DISTINCT story_id), COUNT(DISTINCT source_id) FROM articles WHERE substr(published_at, 1, 10) = '2025-05-12'");
        Assert.Equal((4, 2, 3), expected);
        Assert.Equal(expected, (counts.Articles, counts.Stories, counts.Outlets));
    }

    [Fact]
    public async Task AlsoReportedByListsTheOtherArticlesOfTheStory()
    {
        await SeedAsync();
        await ImportAsync(Reprint(0, Day0), Reprint(1, Day0.AddHours(2)), Reprint(2, Day0.AddHours(4)),
            Draft(OtherStory, title: "الفيروزي يفتتح محطة شمسية", source: Outlets[3], published: Day0.AddHours(3), origin: "other"));
        using var connection = db.Factory.Open();
        var first = connection.ExecuteScalar<long>("SELECT id FROM articles WHERE title = 'السنديان توقع اتفاق الغاز (0)'");

        var others = await new StoryQueries(db.Factory).AlsoReportedByAsync(first);

        Assert.Equal([Outlets[1], Outlets[2]], others.Select(o => o.Source).ToArray());
        Assert.DoesNotContain(others, o => o.Id == first);
    }

    [Fact]
    public async Task ReanalysisAndTheStartUpBackfillRebuildTheSameStories()
    {
        await SeedAsync();
        await ImportAsync(Reprint(0, Day0), Reprint(1, Day0.AddHours(5)),
            Draft(OtherStory, title: "الفيروزي يفتتح محطة شمسية", source: Outlets[1], published: Day0.AddHours(3), origin: "other"),
            Reprint(2, Day0.AddHours(30)));
        var imported = Partition(StoryOf());

        await new ReanalysisService(db.Factory, db.WriteGate, TimeProvider.System).RunAsync();
        var reanalysed = Partition(StoryOf());

        using (var connection = db.Factory.Open())
        {
            // As a database from before story grouping: no stories, no fingerprints.
            connection.Execute("UPDATE articles SET story_id = NULL; DELETE FROM stories; DELETE FROM story_bands; DELETE FROM story_quotes; DELETE FROM story_fingerprints;");
        }

        var grouped = await new StoryBackfillService(db.Factory, db.WriteGate).RunAsync();
        var backfilled = Partition(StoryOf());

        Assert.Equal(4, grouped);
        Assert.Equal(imported, reanalysed);
        Assert.Equal(imported, backfilled);
        Assert.Equal(2, imported.Count);
        Assert.Equal(0, await new StoryBackfillService(db.Factory, db.WriteGate).RunAsync());
    }

    [Fact]
    public async Task DeletingEveryArticleOfAStoryDeletesTheStory()
    {
        await SeedAsync();
        await ImportAsync(Reprint(0, Day0), Reprint(1, Day0.AddHours(5)));

        using var connection = db.Factory.Open();
        connection.Execute("DELETE FROM articles");

        Assert.Equal(0, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM stories"));
        Assert.Equal(0, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM story_bands"));
    }

    // Stories as sets of article titles (story ids differ between runs).
    private static HashSet<string> Partition(Dictionary<string, long> stories) =>
        [.. stories.GroupBy(s => s.Value).Select(g => string.Join("|", g.Select(x => x.Key).Order(StringComparer.Ordinal)))];
}
