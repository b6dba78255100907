using Dapper;
using MediaMonitor.Core.Daily;
using MediaMonitor.Core.Stories;
using MediaMonitor.Core.Tests.TestSupport;

namespace MediaMonitor.Core.Tests.Daily;

/// <summary>The daily summary's numbers against SQL over the raw tables, on a week the test writes itself.</summary>
public sealed class DailySummaryServiceTests : IAsyncLifetime, IDisposable
{
    private readonly TempDatabase db = new();

    public Task InitializeAsync() => DailyTestData.FillAsync(db);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => db.Dispose();

    private DailySummaryService Service => new(new DailyQueries(db.Factory), new StoryQueries(db.Factory), TimeProvider.System);

    private static string Day(DateOnly day) => PeriodFilter.DayText(day);

    [Fact]
    public async Task ArticlesStoriesOutletsAndQuotesOfTheDayAndTheirSevenDayAverageMatchSql()
    {
        var summary = await Service.ForDayAsync(DailyTestData.BusyDay);

        using var connection = db.Factory.Open();
        var day = connection.QuerySingle<(int Articles, int Stories, int Outlets)>(
            "SELECT COUNT(*), COUNT(DISTINCT story_id), COUNT(DISTINCT source_id) FROM articles WHERE substr(published_at, 1, 10) = @Day",
            new { Day = Day(DailyTestData.BusyDay) });
        var beforeArticles = connection.ExecuteScalar<int>("SELECT COUNT(*) FROM articles WHERE substr(published_at, 1, 10) BETWEEN @From AND @To",
            new { From = Day(DailyTestData.BusyDay.AddDays(-7)), To = Day(DailyTestData.BusyDay.AddDays(-1)) });
        var perDay = connection.Query<(int Stories, int Outlets)>(
            "SELECT COUNT(DISTINCT story_id), COUNT(DISTINCT source_id) FROM articles WHERE substr(published_at, 1, 10) BETWEEN @From AND @To GROUP BY substr(published_at, 1, 10)",
            new { From = Day(DailyTestData.BusyDay.AddDays(-7)), To = Day(DailyTestData.BusyDay.AddDays(-1)) }).ToList();
        var quotes = connection.ExecuteScalar<int>(
            "SELECT COUNT(*) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE substr(a.published_at, 1, 10) = @Day", new { Day = Day(DailyTestData.BusyDay) });

        Assert.Equal(DailyTestData.BusyDay, summary.Filter.From);
        Assert.Null(summary.RequestedDay);
        Assert.Equal(day.Articles, summary.Articles.Value);
        Assert.Equal(day.Stories, summary.Stories.Value);
        Assert.Equal(day.Outlets, summary.Outlets.Value);
        Assert.Equal(quotes, summary.Quotes.Value);
        Assert.Equal(beforeArticles / 7.0, summary.Articles.Baseline, 6);
        Assert.Equal(perDay.Sum(d => d.Stories) / 7.0, summary.Stories.Baseline, 6);
        Assert.Equal(perDay.Sum(d => d.Outlets) / 7.0, summary.Outlets.Baseline, 6);
        Assert.True(day.Stories < day.Articles, "the reprinted wire story counts once");
    }

    [Fact]
    public async Task TopActorsCountTheArticlesThatMentionOrQuoteThemAsSqlDoes()
    {
        var summary = await Service.ForDayAsync(DailyTestData.BusyDay);

        using var connection = db.Factory.Open();
        Assert.NotEmpty(summary.TopActors);
        foreach (var actor in summary.TopActors)
        {
            var expected = connection.ExecuteScalar<int>("""
                SELECT COUNT(DISTINCT a.id) FROM articles a
                WHERE substr(a.published_at, 1, 10) = @Day
                  AND (EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.actor_id = @Id)
                       OR EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id AND q.speaker_actor_id = @Id))
                """, new { Day = Day(DailyTestData.BusyDay), actor.Id });
            Assert.Equal(expected, actor.Count);
            Assert.NotEqual("place", actor.Type);
        }

        Assert.Equal(DailyTestData.NewPerson, summary.TopActors[0].NameAr);
        Assert.Equal("Nabil al-Zafarani", summary.TopActors[0].NameEn);
    }

    [Fact]
    public async Task AnActorFirstSeenThatDayIsNewAndASpikeWhileARegularOneIsNeither()
    {
        var summary = await Service.ForDayAsync(DailyTestData.BusyDay);

        using var connection = db.Factory.Open();
        var firstSeenToday = connection.Query<string>("""
            SELECT ac.name_ar FROM (
                SELECT m.actor_id, m.article_id FROM mentions m
                UNION ALL SELECT q.speaker_actor_id, q.article_id FROM quotes q WHERE q.speaker_actor_id IS NOT NULL) x
            JOIN articles a ON a.id = x.article_id JOIN actors ac ON ac.id = x.actor_id
            GROUP BY ac.id HAVING MIN(substr(a.published_at, 1, 10)) = @Day
            """, new { Day = Day(DailyTestData.BusyDay) }).ToHashSet();
        Assert.Contains(DailyTestData.NewPerson, firstSeenToday);
        Assert.Contains(summary.NewActors, a => a.NameAr == DailyTestData.NewPerson);
        Assert.Subset(firstSeenToday, summary.NewActors.Select(a => a.NameAr).ToHashSet());
        Assert.Equal(Math.Min(DailySummaryService.ListSize, firstSeenToday.Count), summary.NewActors.Count);
        Assert.DoesNotContain(summary.NewActors, a => a.NameAr == DailyTestData.Minister);

        var spike = Assert.Single(summary.Spikes, s => s.Item.NameAr == DailyTestData.NewPerson);
        Assert.Equal(5, spike.Item.Count);
        Assert.DoesNotContain(summary.Spikes, s => s.Item.NameAr == DailyTestData.Minister);
    }

    [Fact]
    public async Task TopStoriesPutTheReprintedWireStoryFirstWithItsOutlets()
    {
        var summary = await Service.ForDayAsync(DailyTestData.BusyDay);

        var top = summary.TopStories[0];
        Assert.Equal(3, top.Articles);
        Assert.Equal(3, top.Outlets);
        Assert.Equal(3, top.Items.Select(i => i.Source).Distinct().Count());
        Assert.All(top.Items, i => Assert.StartsWith("برنامج القروض", i.Title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task KeyQuotationsLinkToTheReaderAtTheQuotationAndComeFromTheDay()
    {
        var summary = await Service.ForDayAsync(DailyTestData.BusyDay);

        using var connection = db.Factory.Open();
        Assert.NotEmpty(summary.KeyQuotes);
        Assert.Equal(summary.KeyQuotes.Count, summary.KeyQuotes.Select(q => q.SpeakerId).Distinct().Count());
        foreach (var quote in summary.KeyQuotes)
        {
            Assert.Equal($"/articles/{quote.ArticleId}#q-{quote.QuoteId}", quote.ReaderLink);
            var stored = connection.QuerySingle<(string Text, string Day)>(
                "SELECT q.text, substr(a.published_at, 1, 10) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.id = @QuoteId AND a.id = @ArticleId",
                new { quote.QuoteId, quote.ArticleId });
            Assert.Equal(stored.Text, quote.Text);
            Assert.Equal(Day(DailyTestData.BusyDay), stored.Day);
        }

        Assert.Contains(summary.Speakers, s => s.NameAr == DailyTestData.NewPerson && s.Count == 5);
    }

    [Fact]
    public async Task ADayWithoutArticlesShowsTheLatestDayWithDataAndSaysSo()
    {
        var requested = DailyTestData.BusyDay.AddDays(30);

        var summary = await Service.ForDayAsync(requested);

        Assert.Equal(requested, summary.RequestedDay);
        Assert.Equal(DailyTestData.BusyDay, summary.Filter.From);
        Assert.Null(summary.NextDay);
        Assert.Equal(DailyTestData.BusyDay.AddDays(-1), summary.PreviousDay);
    }

    [Fact]
    public async Task TheFirstDayOfTheDataHasNoHistorySoNoNewActorsAndNoSpikes()
    {
        var summary = await Service.ForDayAsync(DailyTestData.BusyDay.AddDays(-9));

        Assert.False(summary.HasHistory);
        Assert.True(summary.Articles.Value > 0);
        Assert.Empty(summary.NewActors);
        Assert.Empty(summary.Spikes);
    }

    [Fact]
    public async Task APeriodWithOneOutletCountsOnlyThatOutlet()
    {
        using var connection = db.Factory.Open();
        var source = connection.QueryFirst<(long Id, int Articles)>("""
            SELECT source_id, COUNT(*) FROM articles WHERE substr(published_at, 1, 10) BETWEEN @From AND @To GROUP BY source_id ORDER BY source_id
            """, new { From = Day(DailyTestData.BusyDay.AddDays(-2)), To = Day(DailyTestData.BusyDay) });

        var summary = await Service.SummarizeAsync(new PeriodFilter(DailyTestData.BusyDay.AddDays(-2), DailyTestData.BusyDay, [source.Id]));

        var daysWithArticles = connection.ExecuteScalar<int>(
            "SELECT COUNT(DISTINCT substr(published_at, 1, 10)) FROM articles WHERE source_id = @Id AND substr(published_at, 1, 10) BETWEEN @From AND @To",
            new { source.Id, From = Day(DailyTestData.BusyDay.AddDays(-2)), To = Day(DailyTestData.BusyDay) });
        Assert.Equal(source.Articles / 3.0, summary.Articles.Value, 6);
        Assert.Equal(daysWithArticles / 3.0, summary.Outlets.Value, 6);
    }

    [Theory]
    [InlineData(2, 0, 0, null)] // too few articles
    [InlineData(3, 0, 0, 6.0)] // never seen before: the average counts as 0.5
    [InlineData(6, 3, 0.5, null)] // only twice the average
    [InlineData(8, 2, 4, null)] // four times the average, but the days before varied a lot (z = 1.5)
    [InlineData(9, 1, 0.5, 9.0)]
    public void TheSpikeRuleNeedsACountARatioAndAZScore(double perDay, double mean, double sd, double? ratio)
    {
        var result = SpikeRule.Evaluate(perDay, mean, sd);

        Assert.Equal(ratio, result?.Ratio);
    }

    [Fact]
    public void TheBaselineSpreadComesFromTheSumAndTheSumOfSquares()
    {
        // Daily counts 1, 3 and 0 (plus zeros) over 4 days: mean 1, variance (1 + 9) / 4 - 1 = 1.5.
        var (mean, sd) = SpikeRule.Baseline(total: 4, squares: 10, days: 4);

        Assert.Equal(1, mean, 6);
        Assert.Equal(Math.Sqrt(1.5), sd, 6);
    }
}
