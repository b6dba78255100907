using MediaMonitor.Core.Daily;

namespace MediaMonitor.Core.Briefing;

/// <summary>
/// The briefing's charts drawn on the server, for exports without a browser: bars without text, whose labels and
/// numbers are printed in the caption and the tables of the document. From the daily page, the export takes the
/// page's own ApexCharts images instead.
/// </summary>
public static class ServerCharts
{
    private const uint Articles = 0x9FB7D4;
    private const uint Stories = 0x1F4E79;
    private const uint Highlight = 0xC0504D;
    private const uint Axis = 0x7F7F7F;

    /// <summary>Articles (light) and stories (dark) per day, the period's days in red; oldest on the right, as Arabic reads.</summary>
    public static BriefingChart Volume(DailySummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        const int width = 900, height = 300, margin = 20;
        var png = new SimplePng(width, height);
        var days = summary.Volume;
        var max = Math.Max(1, days.Count == 0 ? 1 : days.Max(d => d.Articles));
        var slot = days.Count == 0 ? 0 : (width - 2 * margin) / days.Count;
        for (var i = 0; i < days.Count; i++)
        {
            var day = days[i];
            var inPeriod = string.CompareOrdinal(day.Day, PeriodFilter.DayText(summary.Filter.From)) >= 0;
            var x = width - margin - ((i + 1) * slot) + (slot / 8);
            var barWidth = slot * 3 / 4;
            var articlesHeight = (int)Math.Round((height - 2 * margin) * (double)day.Articles / max);
            var storiesHeight = (int)Math.Round((height - 2 * margin) * (double)day.Stories / max);
            png.Fill(x, height - margin - articlesHeight, barWidth, articlesHeight, inPeriod ? 0xE6B8B7 : Articles);
            png.Fill(x + (barWidth / 4), height - margin - storiesHeight, barWidth / 2, storiesHeight, inPeriod ? Highlight : Stories);
        }

        png.Fill(margin, height - margin, width - 2 * margin, 2, Axis);
        return new BriefingChart(
            "المقالات (فاتح) والقصص المتميزة (داكن) يوميًا، الأقدم إلى اليمين؛ الفترة المختارة بالأحمر",
            png.ToPng(),
            width,
            height);
    }

    /// <summary>Horizontal bars of the top actors' articles, growing from the right, in the order of the actors' table.</summary>
    public static BriefingChart TopActors(DailySummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        const int width = 900, row = 28, margin = 12;
        var items = summary.TopActors;
        var height = Math.Max(row, items.Count * row) + 2 * margin;
        var png = new SimplePng(width, height);
        var max = Math.Max(1, items.Count == 0 ? 1 : items.Max(a => a.Count));
        for (var i = 0; i < items.Count; i++)
        {
            var length = (int)Math.Round((width - 2 * margin) * (double)items[i].Count / max);
            png.Fill(width - margin - length, margin + (i * row) + 4, length, row - 8, Stories);
            var baseline = (int)Math.Round((width - 2 * margin) * Math.Min(max, items[i].PerDay.Baseline) / max);
            png.Fill(width - margin - baseline, margin + (i * row) + (row / 2) - 1, Math.Max(2, baseline), 3, Highlight);
        }

        return new BriefingChart(
            "أبرز الفاعلين: عدد المقالات (أزرق) ومتوسطه اليومي في الأيام السبعة السابقة (خط أحمر)، بترتيب الجدول أدناه",
            png.ToPng(),
            width,
            height);
    }
}
