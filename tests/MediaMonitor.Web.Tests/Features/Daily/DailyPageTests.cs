using Bunit;
using MediaMonitor.Core.Briefing;
using MediaMonitor.Core.Daily;
using MediaMonitor.Core.Ingestion;
using MediaMonitor.Core.Stories;
using MediaMonitor.Web.Features.Daily;
using MediaMonitor.Web.Features.Stories;
using MediaMonitor.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace MediaMonitor.Web.Tests.Features.Daily;

public sealed class DailyPageTests : MudBunitContext
{
    private const string Wire = """
        أعلنت هيئة الموانئ في جمهورية السنديان اليوم افتتاح رصيف جديد في ميناء الصنوبر بطاقة استيعابية تبلغ مليوني حاوية سنويا.
        وقال رئيس الهيئة في مؤتمر صحفي إن الرصيف الجديد سيخفض زمن انتظار السفن إلى النصف خلال عام واحد من تشغيله.
        وأضاف أن المشروع استغرق ثلاث سنوات من العمل المتواصل بمشاركة شركات محلية وأجنبية، وأنه يوفر أكثر من ألف وظيفة دائمة.
        """;

    private readonly WebTestDatabase db = new();

    public DailyPageTests()
    {
        var stories = new StoryQueries(db.Factory);
        var daily = new DailySummaryService(new DailyQueries(db.Factory), stories, TimeProvider.System);
        Services.AddSingleton(stories);
        Services.AddSingleton(daily);
        Services.AddSingleton(new BriefingService(daily, TimeProvider.System));
    }

    protected override void OnDisposed() => db.Dispose();

    private static ArticleDraft Draft(string intro, string source, int hour, string title) => new()
    {
        Title = title,
        Body = intro + "\n" + Wire,
        Source = source,
        PublishedAt = new DateTimeOffset(2025, 4, 20, hour, 0, 0, TimeSpan.Zero),
        Origin = "test",
    };

    private Task<MediaMonitor.Core.Importing.ImportReport> ImportReprintsAsync() => db.ImportAsync(
        Draft("افتتحت السنديان رصيفا جديدا.", "صحيفة الضفاف", 8, "رصيف جديد في الصنوبر"),
        Draft("في خبر تناقلته وكالات الأنباء، افتتحت السنديان رصيفا.", "موقع المدار", 11, "السنديان تفتتح رصيفا"));

    [Fact]
    public async Task TheDayShowsArticlesStoriesAndOutletsWithTheReprintCountedOnce()
    {
        await ImportReprintsAsync();

        var cut = Render<DailyPage>(p => p.Add(x => x.Day, "2025-04-20"));

        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("[data-testid=daily-kpi-articles] [data-testid=kpi-value]").TextContent));
        Assert.Equal("1", cut.Find("[data-testid=daily-kpi-stories] [data-testid=kpi-value]").TextContent);
        Assert.Equal("2", cut.Find("[data-testid=daily-kpi-outlets] [data-testid=kpi-value]").TextContent);
        Assert.Equal("rtl", cut.Find("[data-testid=daily-page]").GetAttribute("dir"));
        Assert.Contains("الموجز اليومي", cut.Find("h1").TextContent, StringComparison.Ordinal);
        Assert.Single(cut.FindAll("[data-testid=top-story]"));
    }

    [Fact]
    public async Task EnglishLabelsAreOneClickAwayAndLiveInTheUrl()
    {
        await ImportReprintsAsync();
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/daily/2025-04-20");
        var cut = Render<DailyPage>(p => p.Add(x => x.Day, "2025-04-20"));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=daily-kpi-articles]")));

        cut.Find("[data-testid=daily-language]").Click();

        Assert.EndsWith("/daily/2025-04-20?lang=en", navigation.Uri, StringComparison.Ordinal);
        var english = Render<DailyPage>(p => p.Add(x => x.Day, "2025-04-20"));
        english.WaitForAssertion(() => Assert.Contains("Daily summary", english.Find("h1").TextContent, StringComparison.Ordinal));
        Assert.Equal("ltr", english.Find("[data-testid=daily-page]").GetAttribute("dir"));
        Assert.Contains("Distinct stories", english.Find("[data-testid=daily-kpi-stories]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADayWithoutArticlesShowsTheLatestDayWithANote()
    {
        await ImportReprintsAsync();

        var cut = Render<DailyPage>(p => p.Add(x => x.Day, "2025-05-01"));

        cut.WaitForAssertion(() => Assert.Contains("2025-05-01", cut.Find("[data-testid=daily-fallback]").TextContent, StringComparison.Ordinal));
        Assert.Contains("2025-04-20", cut.Find("[data-testid=daily-fallback]").TextContent, StringComparison.Ordinal);
        Assert.Equal("2025-04-20", cut.Find("[data-testid=daily-day]").TextContent);
    }

    [Fact]
    public void AnEmptyDatabaseSaysThereIsNothingYet()
    {
        var cut = Render<DailyPage>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=daily-empty]")));
    }

    [Fact]
    public void ADayThatIsNotADateIsRefused()
    {
        var cut = Render<DailyPage>(p => p.Add(x => x.Day, "yesterday"));

        Assert.NotEmpty(cut.FindAll("[data-testid=daily-invalid]"));
    }

    [Fact]
    public async Task AlsoReportedByListsTheOtherOutletOfTheStoryAndNothingForALoneArticle()
    {
        await ImportReprintsAsync();
        await db.ImportAsync(new ArticleDraft { Title = "وحيد", Body = "خبر لا يشبه غيره عن مهرجان الزهور في واحة الريحان.", Source = "إذاعة الشمال", PublishedAt = new DateTimeOffset(2025, 4, 20, 9, 0, 0, TimeSpan.Zero), Origin = "t" });
        using var connection = db.Factory.Open();
        var ids = Dapper.SqlMapper.Query<(long Id, string Title)>(connection, "SELECT id, title FROM articles").ToDictionary(r => r.Title, r => r.Id);

        var cut = Render<AlsoReportedBy>(p => p.Add(x => x.ArticleId, ids["رصيف جديد في الصنوبر"]));
        var alone = Render<AlsoReportedBy>(p => p.Add(x => x.ArticleId, ids["وحيد"]));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=also-reported-item]")));
        Assert.Contains("موقع المدار", cut.Find("[data-testid=also-reported-item]").TextContent, StringComparison.Ordinal);
        Assert.Equal($"/articles/{ids["السنديان تفتتح رصيفا"]}", cut.Find("[data-testid=also-reported-item] a").GetAttribute("href"));
        Assert.Empty(alone.FindAll("[data-testid=also-reported-by]"));
    }
}
