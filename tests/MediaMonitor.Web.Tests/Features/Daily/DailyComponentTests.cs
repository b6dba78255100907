using Bunit;
using MediaMonitor.Core.Daily;
using MediaMonitor.Core.Stories;
using MediaMonitor.Web.Features.Daily;
using MediaMonitor.Web.Tests.Support;

namespace MediaMonitor.Web.Tests.Features.Daily;

public sealed class DailyComponentTests : MudBunitContext
{
    private static TrendItem Item(long id, string name, int count, double baseline, string kind = "actor", string? english = null) => new()
    {
        Kind = kind,
        Id = id,
        Key = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        NameAr = name,
        NameEn = english,
        Type = kind == "topic" ? "topic" : "person",
        Count = count,
        PerDay = new Comparison(count, baseline),
    };

    [Fact]
    public void AKpiShowsTheValueItsChangeAndTheSevenDayAverage()
    {
        var cut = Render<DailyKpi>(p => p.Add(x => x.Label, "المقالات").Add(x => x.Value, new Comparison(30, 20)).Add(x => x.TestId, "kpi"));

        Assert.Equal("30", cut.Find("[data-testid=kpi-value]").TextContent);
        Assert.Equal("+50%", cut.Find("[data-testid=kpi-change]").TextContent);
        Assert.Contains("20", cut.Find("[data-testid=kpi-baseline]").TextContent, StringComparison.Ordinal);
        Assert.Contains("متوسط", cut.Find("[data-testid=kpi-baseline]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AKpiWithNothingBeforeSaysNewAndSpeaksEnglishWhenAsked()
    {
        var cut = Render<DailyKpi>(p => p.Add(x => x.Label, "Articles").Add(x => x.Value, new Comparison(4, 0)).Add(x => x.English, true));

        Assert.Equal("new", cut.Find("[data-testid=kpi-change]").TextContent);
        Assert.StartsWith("7-day average", cut.Find("[data-testid=kpi-baseline]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyQuotationsLinkToTheReaderAtTheQuotationAndShowMarkupAsText()
    {
        var quote = new KeyQuote
        {
            QuoteId = 77,
            ArticleId = 12,
            Text = "<b>لن نتراجع</b> عن الإصلاحات مهما كانت الكلفة",
            Speaker = "سليم الوادعي",
            SpeakerEn = "Salim al-Wadi",
            Source = "صحيفة الضفاف",
            PublishedAt = "2025-04-20T10:00:00Z",
            ArticleTitle = "عنوان",
        };

        var cut = Render<KeyQuoteList>(p => p.Add(x => x.Quotes, [quote]));

        Assert.Equal("/articles/12#q-77", cut.Find("[data-testid=key-quote-link]").GetAttribute("href"));
        Assert.Contains("«<b>لن نتراجع</b>", cut.Find("blockquote").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("blockquote b"));
        Assert.Contains("سليم الوادعي", cut.Find("figcaption").TextContent, StringComparison.Ordinal);
        Assert.Contains("2025-04-20", cut.Find("figcaption").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheActorTableLinksActorsUsesEnglishNamesWhenKnownAndShowsTheChange()
    {
        var cut = Render<TrendTable>(p => p
            .Add(x => x.Title, "Top actors")
            .Add(x => x.Items, [Item(5, "سليم الوادعي", 6, 2, english: "Salim al-Wadi"), Item(9, "نبيل الزعفراني", 3, 0)])
            .Add(x => x.English, true));

        var rows = cut.FindAll("[data-testid=trend-row]");
        Assert.Equal(2, rows.Count);
        Assert.Equal("/actors/5", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Salim al-Wadi", rows[0].QuerySelector("a")!.TextContent);
        Assert.Equal("نبيل الزعفراني", rows[1].QuerySelector("a")!.TextContent);
        Assert.Contains("+200%", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("new", rows[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyListSaysSo()
    {
        var cut = Render<TrendTable>(p => p.Add(x => x.Title, "أبرز الموضوعات").Add(x => x.Items, []));

        Assert.Empty(cut.FindAll("[data-testid=trend-row]"));
        Assert.Contains("لا شيء", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void SpikesStateTheRuleTheyFollow()
    {
        var spike = new Spike { Item = Item(3, "الرياضة", 12, 2, kind: "topic"), Ratio = 6, ZScore = 5 };

        var cut = Render<SpikeList>(p => p.Add(x => x.Spikes, [spike]));

        Assert.Single(cut.FindAll("[data-testid=spike]"));
        Assert.Contains("×6", cut.Find("[data-testid=spike]").TextContent, StringComparison.Ordinal);
        Assert.Contains(SpikeRule.MinCount.ToString(System.Globalization.CultureInfo.InvariantCulture), cut.Find("[data-testid=spike-rule]").TextContent, StringComparison.Ordinal);
        Assert.Contains("28", cut.Find("[data-testid=spike-rule]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TopStoriesShowTheirSizeAndOneLinkPerOutlet()
    {
        var story = new StorySummary
        {
            Id = 4,
            Title = "السنديان توقع اتفاق الغاز",
            Articles = 3,
            Outlets = 2,
            FirstArticleId = 10,
            FirstPublishedAt = "2025-04-20T08:00:00Z",
            LastPublishedAt = "2025-04-20T12:00:00Z",
            Items =
            [
                new StoryArticle { Id = 10, StoryId = 4, Title = "أ", Source = "صحيفة الضفاف", PublishedAt = "2025-04-20T08:00:00Z" },
                new StoryArticle { Id = 11, StoryId = 4, Title = "ب", Source = "موقع المدار", PublishedAt = "2025-04-20T09:00:00Z" },
                new StoryArticle { Id = 12, StoryId = 4, Title = "ج", Source = "صحيفة الضفاف", PublishedAt = "2025-04-20T12:00:00Z" },
            ],
        };

        var cut = Render<TopStoryList>(p => p.Add(x => x.Stories, [story]));

        Assert.Equal("3", cut.Find("[data-testid=story-articles]").TextContent);
        Assert.Equal("2", cut.Find("[data-testid=story-outlets]").TextContent);
        Assert.Equal("/articles/10", cut.Find("[data-testid=top-story] a").GetAttribute("href"));
        Assert.Equal(2, cut.FindAll("[data-testid=top-story] .mud-chip").Count);
    }
}
