using System.Globalization;
using MediaMonitor.Core.Dashboard;
using MediaMonitor.Web.Charts;

namespace MediaMonitor.Web.Features.Dashboard;

/// <summary>Turns dashboard query results into chart data: Arabic series names, and keys (ids, days, topic keys) for drill-down.</summary>
public static class DashboardCharts
{
    public const string ArticlesSeries = "المقالات";
    public const string QuotesSeries = "الاقتباسات";

    /// <summary>Per-day lines (volume, actor comparison): one category per day, keyed by the day.</summary>
    public static ChartData Daily(DailySeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return new ChartData(series.Days, [.. series.Lines.Select(l => new ChartSeries(l.Name, [.. l.Values.Select(v => (double)v)]))], series.Days);
    }

    public static ChartData Actors(IReadOnlyList<ActorTotal> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        return new ChartData([.. actors.Select(a => a.Name)], [new ChartSeries(ArticlesSeries, [.. actors.Select(a => (double)a.Articles)])], [.. actors.Select(a => Id(a.Id))]);
    }

    public static ChartData Speakers(IReadOnlyList<SpeakerTotal> speakers)
    {
        ArgumentNullException.ThrowIfNull(speakers);
        return new ChartData([.. speakers.Select(s => s.Name)], [new ChartSeries(QuotesSeries, [.. speakers.Select(s => (double)s.Quotes)])], [.. speakers.Select(s => Id(s.Id))]);
    }

    public static ChartData Topics(IReadOnlyList<TopicTotal> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        return new ChartData([.. topics.Select(t => t.Name)], [new ChartSeries(ArticlesSeries, [.. topics.Select(t => (double)t.Articles)])], [.. topics.Select(t => t.Key)]);
    }

    public static ChartData Outlets(IReadOnlyList<OutletTotal> outlets)
    {
        ArgumentNullException.ThrowIfNull(outlets);
        return new ChartData(
            [.. outlets.Select(o => o.Name)],
            [new ChartSeries(ArticlesSeries, [.. outlets.Select(o => (double)o.Articles)]), new ChartSeries(QuotesSeries, [.. outlets.Select(o => (double)o.Quotes)])],
            [.. outlets.Select(o => Id(o.Id))]);
    }

    /// <summary>One heatmap row per actor, one column per actor, keyed by the column's actor id.</summary>
    public static ChartData CoOccurrence(CoOccurrence matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var names = matrix.Actors.Select(a => a.Name).ToList();
        return new ChartData(
            names,
            [.. matrix.Actors.Select((a, i) => new ChartSeries(a.Name, [.. matrix.Counts[i].Select(v => (double)v)]))],
            [.. matrix.Actors.Select(a => Id(a.Id))]);
    }

    public static string ActorTypeLabel(string? type) => type switch
    {
        "person" => "أشخاص",
        "organization" => "منظمات",
        "place" => "أماكن",
        _ => "الكل",
    };

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
