using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace MediaMonitor.Browser.Tests.Features.Dashboard;

/// <summary>Reading the dashboard as a test needs it: KPI numbers, and what a chart draws (through the chart module).</summary>
internal static class DashboardPageHelpers
{
    public static async Task<long> KpiAsync(IPage page, string testId)
    {
        var text = await page.GetByTestId(testId).GetByTestId("kpi-value").InnerTextAsync();
        return long.Parse(text.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
    }

    /// <summary>The categories (or donut labels) and series values the chart currently draws, from the chart module itself.</summary>
    public static async Task<DrawnChart> DrawnAsync(IPage page, string testId)
    {
        var json = await page.EvaluateAsync<JsonElement>(
            """
            async (id) => {
                const module = await import('./Charts/ApexChart.razor.js');
                const host = document.querySelector(`[data-testid="${id}"] .mm-chart-host`);
                const drawn = module.drawn(host);
                return drawn === null ? null : JSON.parse(JSON.stringify(drawn));
            }
            """, testId);
        var categories = json.GetProperty("categories").EnumerateArray().Select(c => c.ToString()).ToList();
        if (categories.Count == 0)
        {
            categories = json.GetProperty("labels").EnumerateArray().Select(c => c.ToString()).ToList();
        }

        var series = json.GetProperty("series");
        if (categories.Count == 0 && series.GetArrayLength() > 0 && series[0].ValueKind == JsonValueKind.Object)
        {
            // A heatmap: the columns are the x of each row's points.
            categories = series[0].GetProperty("data").EnumerateArray().Select(p => p.GetProperty("x").ToString()).ToList();
        }

        var values = series.ValueKind == JsonValueKind.Array && series.GetArrayLength() > 0 && series[0].ValueKind == JsonValueKind.Number
            ? [series.EnumerateArray().Select(v => v.GetDouble()).ToList()]
            : series.EnumerateArray().Select(s => s.GetProperty("data").EnumerateArray().Select(Value).ToList()).ToList();
        return new DrawnChart(categories, values);
    }

    /// <summary>Waits until every widget query has answered and every chart has finished drawing, so that clicks and screenshots meet them whole.</summary>
    public static async Task WaitForChartsToSettleAsync(IPage page)
    {
        await Assertions.Expect(page.GetByTestId("dashboard-pending")).ToHaveAttributeAsync("data-pending", "0");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('svg.apexcharts-svg')].every(s => !s.closest('.apexcharts-canvas')?.classList.contains('apexcharts-animating'))");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    private static double Value(JsonElement point) => point.ValueKind switch
    {
        JsonValueKind.Number => point.GetDouble(),
        JsonValueKind.Object when point.TryGetProperty("y", out var y) => y.GetDouble(),
        _ => double.NaN,
    };
}

internal sealed record DrawnChart(IReadOnlyList<string> Categories, IReadOnlyList<IReadOnlyList<double>> Series);
