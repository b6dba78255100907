using MediaMonitor.Core.Daily;

namespace MediaMonitor.Core.Briefing;

/// <summary>
/// The briefing export of a day or of any dashboard filter (days and outlets): the daily summary as a Word document.
/// Charts come from the caller (the page's ApexCharts as PNG) or, without a browser, from <see cref="ServerCharts"/>.
/// </summary>
public sealed class BriefingService(DailySummaryService daily, TimeProvider time)
{
    public async Task<byte[]> ExportAsync(PeriodFilter filter, IReadOnlyList<BriefingChart>? charts, string baseUrl, CancellationToken cancellationToken = default)
    {
        var summary = await daily.SummarizeAsync(filter, cancellationToken).ConfigureAwait(false);
        return Export(summary, charts, baseUrl);
    }

    public byte[] Export(DailySummary summary, IReadOnlyList<BriefingChart>? charts, string baseUrl) =>
        BriefingDocument.Build(summary, charts ?? [ServerCharts.Volume(summary), ServerCharts.TopActors(summary)], baseUrl, time.GetUtcNow());

    public static string FileName(PeriodFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.IsSingleDay
            ? $"briefing-{PeriodFilter.DayText(filter.From)}.docx"
            : $"briefing-{PeriodFilter.DayText(filter.From)}_{PeriodFilter.DayText(filter.To)}.docx";
    }
}
