using MediaMonitor.Core.Briefing;
using MediaMonitor.Core.Daily;
using MediaMonitor.Web.Charts;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace MediaMonitor.Web.Features.Daily;

public sealed partial class DailyPage : IAsyncDisposable
{
    private const string ModulePath = "./Features/Daily/DailyPage.razor.js";

    private DailySummary? summary;
    private ChartData volumeData = ChartData.Empty;
    private ChartData actorsData = ChartData.Empty;
    private ApexChart? volumeChart;
    private ApexChart? actorsChart;
    private bool invalidDay;
    private bool exporting;
    private IJSObjectReference? module;

    [Parameter]
    public string? Day { get; set; }

    [SupplyParameterFromQuery(Name = "lang")]
    public string? Lang { get; set; }

    [Inject]
    private DailySummaryService Daily { get; set; } = default!;

    [Inject]
    private BriefingService Briefing { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private bool English => string.Equals(Lang, "en", StringComparison.OrdinalIgnoreCase);

    private string LangQuery => English ? "?lang=en" : string.Empty;

    protected override async Task OnParametersSetAsync()
    {
        invalidDay = !DailyCharts.TryParseDay(Day, out var day);
        if (invalidDay)
        {
            summary = null;
            return;
        }

        summary = await Daily.ForDayAsync(day);
        UpdateCharts();
    }

    private void UpdateCharts()
    {
        if (summary is null)
        {
            return;
        }

        volumeData = DailyCharts.Volume(summary, English);
        actorsData = DailyCharts.TopActors(summary, English);
    }

    private string? DayLink(DateOnly? day) => day is { } d ? $"/daily/{PeriodFilter.DayText(d)}{LangQuery}" : null;

    private void ToggleLanguage() =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("lang", English ? null : "en"), replace: true);

    private async Task ExportAsync()
    {
        if (summary is null)
        {
            return;
        }

        exporting = true;
        try
        {
            var charts = new List<BriefingChart>();
            // The page's own charts as the browser drew them; the server's plain bars only if one cannot be had.
            charts.Add(await ChartImageAsync(volumeChart, DailyText.Get("volume"), () => ServerCharts.Volume(summary)));
            charts.Add(await ChartImageAsync(actorsChart, DailyText.Get("topActors"), () => ServerCharts.TopActors(summary)));
            var bytes = Briefing.Export(summary, charts, Navigation.BaseUri);
            module ??= await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            using var stream = new MemoryStream(bytes);
            using var reference = new DotNetStreamReference(stream);
            await module.InvokeVoidAsync("saveFile", BriefingService.FileName(summary.Filter), reference);
        }
        catch (JSException ex)
        {
            Snackbar.Add(ex.Message, Severity.Error);
        }
        finally
        {
            exporting = false;
        }
    }

    private static async Task<BriefingChart> ChartImageAsync(ApexChart? chart, string caption, Func<BriefingChart> fallback) =>
        chart is not null && await chart.GetPngAsync() is { Length: > 0 } png ? BriefingChart.FromPng(caption, png) : fallback();

    public async ValueTask DisposeAsync()
    {
        if (module is not null)
        {
            try
            {
                await module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone; so is the module.
            }
        }
    }
}
