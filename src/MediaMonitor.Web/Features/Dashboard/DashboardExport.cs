using System.Globalization;
using System.IO.Compression;
using System.Text;
using MediaMonitor.Core.Dashboard;
using MediaMonitor.Web.Charts;

namespace MediaMonitor.Web.Features.Dashboard;

/// <summary>One chart as it goes into the "export all" zip.</summary>
public sealed record ChartExport(string FileName, string Title, string CategoryHeader, ChartData Data, byte[]? Png);

/// <summary>"Export all": one zip with every chart's PNG and CSV, and a README naming the filters used.</summary>
public static class DashboardExport
{
    public static byte[] Zip(IReadOnlyList<ChartExport> charts, string readme)
    {
        ArgumentNullException.ThrowIfNull(charts);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "README.txt", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(readme)]);
            foreach (var chart in charts)
            {
                Add(zip, chart.FileName + ".csv", ChartCsv.ToCsvFile(chart.Data, chart.CategoryHeader));
                if (chart.Png is { Length: > 0 } png)
                {
                    Add(zip, chart.FileName + ".png", png);
                }
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The README: when, which range and filters (by name), and what each file is.</summary>
    public static string Readme(DashboardFilter filter, string sources, string topics, string actors, IReadOnlyList<ChartExport> charts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(charts);
        var sb = new StringBuilder();
        sb.AppendLine("MediaMonitor — تصدير لوحة المتابعة / dashboard export");
        sb.AppendLine(CultureInfo.InvariantCulture, $"أُنشئ في / created: {now.UtcDateTime:yyyy-MM-dd HH:mm} UTC");
        sb.AppendLine();
        sb.AppendLine("الفلاتر / filters");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- الفترة / range (UTC days, inclusive): {filter.FromDay} – {filter.ToDay} ({filter.Days})");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- المصادر / outlets: {Or(sources)}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- المواضيع / topics: {Or(topics)}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- الفاعلون / actors: {Or(actors)}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- نص البحث / text: {Or(filter.Query ?? string.Empty)}");
        sb.AppendLine();
        sb.AppendLine("الملفات / files (CSV: UTF-8 with BOM, exactly the data drawn)");
        foreach (var chart in charts)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"- {chart.FileName}.csv{(chart.Png is { Length: > 0 } ? $", {chart.FileName}.png" : string.Empty)}: {chart.Title}");
        }

        return sb.ToString();
    }

    private static string Or(string value) => string.IsNullOrWhiteSpace(value) ? "الكل / all" : value;

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(content);
    }
}
