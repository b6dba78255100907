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
        page.Console += (_, m) => Console.WriteLine("CONSOLE " + m.Type + ": " + m.Text);
        page.PageError += (_, e) => Console.WriteLine("PAGEERROR " + e);
        page.Response += (_, r) => { if (r.Status >= 400) { Console.WriteLine("HTTP " + r.Status + " " + r.Url); } };
        await page.GotoAsync("/?range=90");
        await BrowserFixture.WaitForCircuitAsync(page);

        for (var i = 0; i < 8; i++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var n = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('.mm-chart-host')].map(h => h.hidden + ':' + h.clientWidth + 'x' + h.clientHeight + ':' + (h.querySelector('svg') ? h.querySelector('svg').getAttribute('width') + 'x' + h.querySelector('svg').getAttribute('height') : 'nosvg')).join(' | ')");
            Console.WriteLine($"PROBE {i}: {n} in {clock.ElapsedMilliseconds} ms");
            await page.WaitForTimeoutAsync(1000);
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = "/tmp/dash-debug.png", Timeout = 60000 });
        foreach (var chart in Charts)
        {
            await Assertions.Expect(page.GetByTestId(chart).Locator("svg.apexcharts-svg")).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.GetByTestId("demo-banner")).ToBeVisibleAsync();
        await DashboardPageHelpers.WaitForChartsToSettleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "dashboard-demo");
    }
}
