using MediaMonitor.Browser.Tests.Support;
using Microsoft.Playwright;

namespace MediaMonitor.Browser.Tests.Features.Dashboard;

/// <summary>The dashboard on the small demo corpus of the shared browser fixture (no ../shared needed).</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class DashboardDemoBrowserTests(BrowserFixture fixture)
{
    public static readonly string[] Charts =
        ["chart-volume", "chart-topics", "chart-top-actors", "chart-speakers", "chart-timeline", "chart-outlets", "chart-cooccurrence"];

    [BrowserFact]
    public async Task TheDashboardDrawsEveryChartOnTheDemoData()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/?range=90");
        await BrowserFixture.WaitForCircuitAsync(page);

        foreach (var chart in Charts)
        {
            await Assertions.Expect(page.GetByTestId(chart).Locator("svg.apexcharts-svg")).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.GetByTestId("demo-banner")).ToBeVisibleAsync();
        await DashboardPageHelpers.WaitForChartsToSettleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "dashboard-demo");
    }
}
