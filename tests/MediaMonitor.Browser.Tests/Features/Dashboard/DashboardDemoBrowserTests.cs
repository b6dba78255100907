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

    [BrowserFact]
    public async Task PngAndSvgDownloadsCarryTheChartWithItsArabicFontEmbedded()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/?range=90");
        await BrowserFixture.WaitForCircuitAsync(page);
        var chart = page.GetByTestId("chart-top-actors");
        var svg = chart.Locator("svg.apexcharts-svg");
        await Assertions.Expect(svg).ToBeVisibleAsync();
        await DashboardPageHelpers.WaitForChartsToSettleAsync(page);
        var width = (int)Math.Round(await svg.EvaluateAsync<double>("e => e.getBoundingClientRect().width"));
        var firstLabel = await chart.Locator(".apexcharts-yaxis-label tspan").First.TextContentAsync();

        var svgDownload = await page.RunAndWaitForDownloadAsync(() => chart.Locator(".mm-export-svg").ClickAsync());
        var svgText = await File.ReadAllTextAsync(await svgDownload.PathAsync());
        Assert.EndsWith(".svg", svgDownload.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains("@font-face{font-family:'Noto Sans Arabic'", svgText, StringComparison.Ordinal);
        Assert.Contains("data:font/woff2;base64,", svgText, StringComparison.Ordinal);
        Assert.Contains(firstLabel!.Trim(), svgText, StringComparison.Ordinal);

        var pngDownload = await page.RunAndWaitForDownloadAsync(() => chart.Locator(".mm-export-png").ClickAsync());
        var png = await File.ReadAllBytesAsync(await pngDownload.PathAsync());
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(width * 2, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
    }
}
