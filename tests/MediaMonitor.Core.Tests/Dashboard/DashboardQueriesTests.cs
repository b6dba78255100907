using MediaMonitor.Core.Dashboard;
using Microsoft.Extensions.Caching.Memory;

namespace MediaMonitor.Core.Tests.Dashboard;

/// <summary>
/// Every dashboard query, through the rollups (Auto) and through the raw tables, against the same figure computed in
/// memory from the raw rows, for filters that take each path.
/// </summary>
public sealed class DashboardQueriesTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    public static TheoryData<string, DashboardSource> Filters()
    {
        var data = new TheoryData<string, DashboardSource>();
        foreach (var name in new[] { "month", "ten days, two outlets", "one topic", "two topics", "top actor", "text", "outlet + topic + actor", "empty range" })
        {
            data.Add(name, DashboardSource.Auto);
            data.Add(name, DashboardSource.RawTables);
        }

        return data;
    }

    private DashboardFilter Filter(string name)
    {
        var month = new DashboardFilter { From = new DateOnly(2026, 1, 1), To = DashboardFixture.End };
        var sources = fixture.Articles.GroupBy(a => a.SourceId).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        var topics = fixture.ArticleTopics.GroupBy(t => t.Topic).OrderByDescending(g => g.Count()).Select(g => fixture.TopicKeys[g.Key]).ToList();
        var topActor = fixture.Appearances.GroupBy(a => a.Actor).OrderByDescending(g => g.Count()).First().Key;
        return name switch
        {
            "month" => month,
            "ten days, two outlets" => month with { From = new DateOnly(2026, 1, 20), To = new DateOnly(2026, 1, 29), SourceIds = [sources[0], sources[2]] },
            "one topic" => month with { TopicKeys = [topics[0]] },
            "two topics" => month with { TopicKeys = [topics[0], topics[1]] },
            "top actor" => month with { ActorIds = [topActor] },
            "text" => month with { Query = fixture.FrequentWord },
            "outlet + topic + actor" => month with { SourceIds = [sources[0], sources[1], sources[3]], TopicKeys = [topics[1]], ActorIds = [topActor] },
            "empty range" => month with { From = new DateOnly(2020, 1, 1), To = new DateOnly(2020, 1, 5) },
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

    [Fact]
    public void TheFixtureHasEnoughDataForTheComparisonsToMeanSomething()
    {
        var month = Filter("month");
        Assert.True(fixture.Select(month).Count > 300);
        Assert.True(fixture.Select(Filter("one topic")).Count > 20);
        Assert.True(fixture.Select(Filter("top actor")).Count > 20);
        Assert.True(fixture.Select(Filter("text")).Count > 20);
        Assert.True(fixture.Select(Filter("outlet + topic + actor")).Count > 0);
        Assert.True(fixture.Select(month.PreviousPeriod()).Count > 0);
    }

    [Fact]
    public void OnlyDaysAndOutletsAreAnsweredFromTheRollups()
    {
        Assert.False(Filter("ten days, two outlets").NeedsRawTables);
        Assert.True(Filter("one topic").NeedsRawTables);
        Assert.True(Filter("top actor").NeedsRawTables);
        Assert.True(Filter("text").NeedsRawTables);
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task KpisAndTheirPreviousPeriodEqualADirectCount(string name, DashboardSource source)
    {
        var filter = Filter(name);

        var kpis = await fixture.Queries(source).KpisAsync(filter);

        Assert.Equal(Totals(filter), kpis.Current);
        Assert.Equal(Totals(filter.PreviousPeriod()), kpis.Previous);
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task VolumeByTopicEqualsADirectCountPerDayAndTopic(string name, DashboardSource source)
    {
        var filter = Filter(name);

        var volume = await fixture.Queries(source).VolumeAsync(filter, VolumeSplit.Topic, maxLines: 100);

        var selected = fixture.Select(filter);
        var expected = selected
            .Join(fixture.ArticleTopics, a => a.Id, t => t.Article, (a, t) => (a.Day, Key: fixture.TopicKeys[t.Topic]))
            .GroupBy(x => x.Key)
            .ToDictionary(g => g.Key, g => Enumerable.Range(0, filter.Days).Select(i => (long)g.Count(x => x.Day == filter.From.AddDays(i))).ToList());
        Assert.Equal(filter.Days, volume.Days.Count);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), volume.Lines.Select(l => l.Key).Order(StringComparer.Ordinal));
        foreach (var line in volume.Lines)
        {
            Assert.Equal(expected[line.Key], line.Values);
        }
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task VolumeByOutletEqualsADirectCountPerDayAndOutlet(string name, DashboardSource source)
    {
        var filter = Filter(name);

        var volume = await fixture.Queries(source).VolumeAsync(filter, VolumeSplit.Outlet, maxLines: 100);

        var expected = fixture.Select(filter).GroupBy(a => a.SourceId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => Enumerable.Range(0, filter.Days).Select(i => (long)g.Count(a => a.Day == filter.From.AddDays(i))).ToList());
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), volume.Lines.Select(l => l.Key).Order(StringComparer.Ordinal));
        foreach (var line in volume.Lines)
        {
            Assert.Equal(expected[line.Key], line.Values);
        }
    }

    [Theory]
    [InlineData(100, TimeBucket.Week)]
    [InlineData(800, TimeBucket.Month)]
    public async Task LongRangesAreSummedByWeekOrMonthWithoutLosingAnArticle(int days, TimeBucket bucket)
    {
        var filter = new DashboardFilter { From = DashboardFixture.End.AddDays(1 - days), To = DashboardFixture.End };

        var volume = await fixture.Queries(DashboardSource.Auto).VolumeAsync(filter, VolumeSplit.Outlet, maxLines: 100);

        Assert.Equal(bucket, volume.Bucket);
        Assert.Equal(filter.From, volume.Starts[0]);
        Assert.Equal(filter.To, volume.Ends[^1]);
        var selected = fixture.Select(filter);
        for (var i = 0; i < volume.Starts.Count; i++)
        {
            var (start, end) = (volume.Starts[i], volume.Ends[i]);
            Assert.Equal(selected.Count(a => a.Day >= start && a.Day <= end), volume.Lines.Sum(l => l.Values[i]));
        }
    }

    [Fact]
    public async Task OutletsBeyondTheLimitAreSummedIntoOneOtherLine()
    {
        var filter = Filter("month");

        var volume = await fixture.Queries(DashboardSource.Auto).VolumeAsync(filter, VolumeSplit.Outlet, maxLines: 4);

        Assert.Equal(4, volume.Lines.Count);
        Assert.Equal(string.Empty, volume.Lines[3].Key);
        var perDay = Enumerable.Range(0, filter.Days).Select(i => (long)fixture.Select(filter).Count(a => a.Day == filter.From.AddDays(i))).ToList();
        Assert.Equal(perDay, Enumerable.Range(0, filter.Days).Select(i => volume.Lines.Sum(l => l.Values[i])).ToList());
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task TopActorsEqualADirectCountOfArticlesPerActor(string name, DashboardSource source)
    {
        var filter = Filter(name);
        var queries = fixture.Queries(source);

        var all = await queries.TopActorsAsync(filter, null, 15);
        var people = await queries.TopActorsAsync(filter, "person", 15);

        Assert.Equal(ExpectedActors(filter, null).Take(15).ToList(), all.Select(a => (a.Id, a.Articles)).ToList());
        Assert.Equal(ExpectedActors(filter, "person").Take(15).ToList(), people.Select(a => (a.Id, a.Articles)).ToList());
        Assert.All(people, p => Assert.Equal("person", p.Type));
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task ActorTimelineEqualsADirectCountPerDayForEachComparedActor(string name, DashboardSource source)
    {
        var filter = Filter(name);
        var compare = ExpectedActors(Filter("month"), null).Take(3).Select(a => a.Id).ToList();

        var timeline = await fixture.Queries(source).ActorTimelineAsync(filter, compare);

        Assert.Equal(compare.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)), timeline.Lines.Select(l => l.Key));
        var selected = fixture.Select(filter).ToDictionary(a => a.Id);
        foreach (var (id, line) in compare.Zip(timeline.Lines))
        {
            var days = fixture.Appearances.Where(a => a.Actor == id && selected.ContainsKey(a.Article)).Select(a => selected[a.Article].Day).ToList();
            Assert.Equal(Enumerable.Range(0, filter.Days).Select(i => (long)days.Count(d => d == filter.From.AddDays(i))), line.Values);
        }
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task TopicShareEqualsADirectCountPerTopic(string name, DashboardSource source)
    {
        var filter = Filter(name);

        var share = await fixture.Queries(source).TopicShareAsync(filter);

        var selected = fixture.Select(filter).Select(a => a.Id).ToHashSet();
        var expected = fixture.ArticleTopics.Where(t => selected.Contains(t.Article)).GroupBy(t => t.Topic)
            .Select(g => (Id: g.Key, Count: (long)g.Count())).OrderByDescending(x => x.Count).ThenBy(x => x.Id).ToList();
        Assert.Equal(expected, share.Select(t => (t.Id, t.Articles)).ToList());
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task TopSpeakersEqualADirectCountOfQuotationsPerSpeaker(string name, DashboardSource source)
    {
        var filter = Filter(name);

        var speakers = await fixture.Queries(source).TopSpeakersAsync(filter, 10);

        var selected = fixture.Select(filter).Select(a => a.Id).ToHashSet();
        var expected = fixture.Quotes.Where(q => q.Speaker != 0 && selected.Contains(q.Article) && fixture.Actors[q.Speaker].Status != "ignored")
            .GroupBy(q => q.Speaker).Select(g => (Id: g.Key, Count: (long)g.Count()))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Id).Take(10).ToList();
        Assert.Equal(expected, speakers.Select(s => (s.Id, s.Quotes)).ToList());
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task OutletsEqualADirectCountOfArticlesAndQuotations(string name, DashboardSource source)
    {
        var filter = Filter(name);

        var outlets = await fixture.Queries(source).OutletsAsync(filter);

        var selected = fixture.Select(filter);
        var quotesPerArticle = fixture.Quotes.GroupBy(q => q.Article).ToDictionary(g => g.Key, g => (long)g.Count());
        var expected = selected.GroupBy(a => a.SourceId)
            .Select(g => (Id: g.Key, Articles: (long)g.Count(), Quotes: g.Sum(a => quotesPerArticle.GetValueOrDefault(a.Id))))
            .OrderByDescending(x => x.Articles).ThenBy(x => x.Id).ToList();
        Assert.Equal(expected, outlets.Select(o => (o.Id, o.Articles, o.Quotes)).ToList());
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task CoOccurrenceEqualsADirectCountOfSharedArticles(string name, DashboardSource source)
    {
        var filter = Filter(name);

        var matrix = await fixture.Queries(source).CoOccurrenceAsync(filter, 8);

        var top = ExpectedActors(filter, null).Take(8).Select(a => a.Id).ToList();
        Assert.Equal(top, matrix.Actors.Select(a => a.Id));
        var selected = fixture.Select(filter).Select(a => a.Id).ToHashSet();
        var articlesOf = top.ToDictionary(id => id, id => fixture.Appearances.Where(a => a.Actor == id && selected.Contains(a.Article)).Select(a => a.Article).ToHashSet());
        for (var i = 0; i < top.Count; i++)
        {
            for (var j = 0; j < top.Count; j++)
            {
                var expected = i == j ? 0 : articlesOf[top[i]].Intersect(articlesOf[top[j]]).Count();
                Assert.Equal(expected, matrix.Counts[i][j]);
            }
        }

        if (name == "month")
        {
            Assert.Contains(matrix.Counts, row => row.Any(n => n > 0));
        }
    }

    [Fact]
    public async Task TheCacheAnswersARepeatedFilterUntilItIsInvalidated()
    {
        using var memory = new MemoryCache(new MemoryCacheOptions());
        var cache = new DashboardCache(memory);
        var queries = new DashboardQueries(fixture.Database.Factory, cache);
        var filter = Filter("month");

        var first = await queries.KpisAsync(filter);
        var second = await queries.KpisAsync(filter);
        cache.Invalidate();
        var third = await queries.KpisAsync(filter);

        Assert.Same(first, second);
        Assert.NotSame(first, third);
        Assert.Equal(first, third);
    }

    [Fact]
    public async Task ActorSearchFindsAnActorByPartOfItsNameMostPresentFirst()
    {
        var queries = fixture.Queries(DashboardSource.Auto);
        var top = (await queries.TopActorsAsync(Filter("month"), null, 1))[0];

        var found = await queries.SearchActorsAsync(top.Name[..Math.Min(4, top.Name.Length)]);

        Assert.Contains(found, a => a.Id == top.Id);
        Assert.Empty(await queries.SearchActorsAsync("   "));
    }

    [Fact]
    public void ThePreviousPeriodHasTheSameLengthAndEndsTheDayBefore()
    {
        var filter = new DashboardFilter { From = new DateOnly(2026, 3, 1), To = new DateOnly(2026, 3, 7) };

        var previous = filter.PreviousPeriod();

        Assert.Equal(new DateOnly(2026, 2, 22), previous.From);
        Assert.Equal(new DateOnly(2026, 2, 28), previous.To);
    }

    private DashboardTotals Totals(DashboardFilter filter)
    {
        var selected = fixture.Select(filter);
        var ids = selected.Select(a => a.Id).ToHashSet();
        return new DashboardTotals
        {
            Articles = selected.Count,
            Outlets = selected.Select(a => a.SourceId).Distinct().Count(),
            Actors = fixture.Appearances.Where(a => ids.Contains(a.Article) && fixture.Actors[a.Actor].Status != "ignored").Select(a => a.Actor).Distinct().Count(),
            Quotes = fixture.Quotes.Count(q => ids.Contains(q.Article)),
        };
    }

    private IEnumerable<(long Id, long Articles)> ExpectedActors(DashboardFilter filter, string? type)
    {
        var selected = fixture.Select(filter).Select(a => a.Id).ToHashSet();
        return fixture.Appearances
            .Where(a => selected.Contains(a.Article) && fixture.Actors[a.Actor].Status != "ignored" && (type is null || fixture.Actors[a.Actor].Type == type))
            .GroupBy(a => a.Actor)
            .Select(g => (Id: g.Key, Articles: (long)g.Count()))
            .OrderByDescending(x => x.Articles).ThenBy(x => x.Id);
    }
}
