using System.Globalization;
using MediaMonitor.Core.Actors;
using MediaMonitor.Web.Charts;

namespace MediaMonitor.Web.Features.Actors;

/// <summary>
/// An actor's daily rollup as a chart: every day from the first to the last with activity (quiet days as zero, so the
/// time axis is honest), or every week (starting Monday) when that would be more than <see cref="MaxDays"/> bars.
/// </summary>
public static class ActorActivity
{
    public const int MaxDays = 120;

    public static ChartData ToChart(IReadOnlyList<ActorDayCount> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var parsed = days
            .Select(d => (Day: DateOnly.TryParseExact(d.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null, Count: d))
            .Where(d => d.Day is not null)
            .Select(d => (Day: d.Day!.Value, d.Count))
            .OrderBy(d => d.Day)
            .ToList();
        if (parsed.Count == 0)
        {
            return ChartData.Empty;
        }

        var first = parsed[0].Day;
        var last = parsed[^1].Day;
        var weekly = last.DayNumber - first.DayNumber + 1 > MaxDays;
        Func<DateOnly, DateOnly> bucket = weekly ? d => d.AddDays(-(((int)d.DayOfWeek + 6) % 7)) : d => d;
        var step = weekly ? 7 : 1;
        var articles = new SortedDictionary<DateOnly, double>();
        var quotes = new SortedDictionary<DateOnly, double>();
        for (var d = bucket(first); d <= last; d = d.AddDays(step))
        {
            articles[d] = 0;
            quotes[d] = 0;
        }

        foreach (var (day, count) in parsed)
        {
            articles[bucket(day)] += count.Articles;
            quotes[bucket(day)] += count.Quotes;
        }

        var keys = articles.Keys.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        return new ChartData(
            keys,
            [new ChartSeries("المقالات", articles.Values.ToList()), new ChartSeries("الاقتباسات", quotes.Values.ToList())],
            keys);
    }

    /// <summary>True when the chart's bars are weeks (for its title).</summary>
    public static bool IsWeekly(IReadOnlyList<ActorDayCount> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var parsed = days.Select(d => DateOnly.TryParseExact(d.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null)
            .Where(d => d is not null).Select(d => d!.Value.DayNumber).ToList();
        return parsed.Count > 0 && parsed.Max() - parsed.Min() + 1 > MaxDays;
    }
}
