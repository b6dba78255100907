using MediaMonitor.Core.Actors;
using MediaMonitor.Web.Features.Actors;

namespace MediaMonitor.Web.Tests.Features.Actors;

public sealed class ActorActivityTests
{
    private static ActorDayCount Day(string day, int articles, int quotes = 0) => new() { Day = day, Articles = articles, Mentions = articles, Quotes = quotes };

    [Fact]
    public void QuietDaysBetweenTheFirstAndLastAreZeroSoTheAxisIsHonest()
    {
        var chart = ActorActivity.ToChart([Day("2025-03-01", 2, 1), Day("2025-03-04", 5, 3)]);

        Assert.Equal(["2025-03-01", "2025-03-02", "2025-03-03", "2025-03-04"], chart.Categories);
        Assert.Equal([2d, 0, 0, 5], chart.Series[0].Values);
        Assert.Equal([1d, 0, 0, 3], chart.Series[1].Values);
        Assert.Equal(chart.Categories, chart.Keys);
    }

    [Fact]
    public void LongSpansAreCountedPerWeekStartingMonday()
    {
        var days = new[] { Day("2025-01-01", 1), Day("2025-01-05", 2), Day("2025-01-06", 4), Day("2025-06-30", 3) };

        var chart = ActorActivity.ToChart(days);

        Assert.True(ActorActivity.IsWeekly(days));
        Assert.Equal("2024-12-30", chart.Categories[0]);
        Assert.Equal(3d, chart.Series[0].Values[0]);
        Assert.Equal(4d, chart.Series[0].Values[1]);
        Assert.Equal("2025-06-30", chart.Categories[^1]);
        Assert.Equal(days.Sum(d => d.Articles), chart.Series[0].Values.Sum());
    }

    [Fact]
    public void NoDaysMeansAnEmptyChart()
    {
        Assert.True(ActorActivity.ToChart([]).IsEmpty);
        Assert.False(ActorActivity.IsWeekly([]));
    }
}
