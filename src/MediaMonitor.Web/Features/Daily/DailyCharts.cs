using MediaMonitor.Core.Daily;
using MediaMonitor.Web.Charts;

namespace MediaMonitor.Web.Features.Daily;

/// <summary>The daily page's chart data, from the summary: exactly what the charts draw (and their CSV holds).</summary>
public static class DailyCharts
{
    /// <summary>Articles and distinct stories per day over the baseline days and the period; keys are the days.</summary>
    public static ChartData Volume(DailySummary summary, bool english)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var days = summary.Volume;
        return new ChartData(
            [.. days.Select(d => d.Day[5..])],
            [
                new ChartSeries(DailyText.Get("articles", english), [.. days.Select(d => (double)d.Articles)]),
                new ChartSeries(DailyText.Get("stories", english), [.. days.Select(d => (double)d.Stories)]),
            ],
            [.. days.Select(d => d.Day)]);
    }

    /// <summary>The top actors' articles in the period and their daily average before it; keys are actor ids.</summary>
    public static ChartData TopActors(DailySummary summary, bool english)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var actors = summary.TopActors;
        return new ChartData(
            [.. actors.Select(a => DailyText.Name(a, english))],
            [
                new ChartSeries(DailyText.Get("articles", english), [.. actors.Select(a => (double)a.Count)]),
                new ChartSeries(DailyText.Format("vsAverage", english, string.Empty).TrimEnd(' ', ':'), [.. actors.Select(a => Math.Round(a.PerDay.Baseline, 1))]),
            ],
            [.. actors.Select(a => a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
    }

    /// <summary>A route value "yyyy-MM-dd" as a day; null when absent; false when it is not a date.</summary>
    public static bool TryParseDay(string? value, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        return false;
    }
}
