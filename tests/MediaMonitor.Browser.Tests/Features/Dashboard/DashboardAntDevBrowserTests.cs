using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using MediaMonitor.Browser.Tests.Support;
using Microsoft.Playwright;

namespace MediaMonitor.Browser.Tests.Features.Dashboard;

/// <summary>
/// The dashboard on the real ant-dev articles. Every expectation is computed from the test database with SQL over the
/// raw tables (articles, mentions, quotes), never from the rollups the dashboard reads and never copied from the corpus.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class DashboardAntDevBrowserTests(BrowserFixture fixture, AntDevDashboardServer antDev) : IClassFixture<AntDevDashboardServer>
{
    private const string Appearances = """
        SELECT article_id, actor_id FROM mentions UNION SELECT article_id, speaker_actor_id FROM quotes WHERE speaker_actor_id IS NOT NULL
        """;

    private async Task<IPage> OpenAsync(string url)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = antDev.Server!.BaseUrl,
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
            Locale = "ar",
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(url);
        await BrowserFixture.WaitForCircuitAsync(page);
        return page;
    }

    private async Task<(string First, string Last)> DaysAsync()
    {
        await using var connection = await antDev.Database.OpenAsync();
        var (first, last) = await connection.QuerySingleAsync<(string, string)>("SELECT MIN(substr(published_at, 1, 10)), MAX(substr(published_at, 1, 10)) FROM articles");
        return (first, last);
    }

    private async Task<long> ArticlesBetweenAsync(string from, string to)
    {
        await using var connection = await antDev.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM articles WHERE substr(published_at, 1, 10) BETWEEN @From AND @To", new { From = from, To = to });
    }

    /// <summary>Actors by the number of articles that mention or quote them (ties by id), straight from the raw tables.</summary>
    private async Task<List<(long Id, string Name, long Articles)>> TopActorsAsync(int limit)
    {
        await using var connection = await antDev.Database.OpenAsync();
        return (await connection.QueryAsync<(long, string, long)>($"""
            SELECT a.id, a.name_ar, COUNT(*) AS n FROM ({Appearances}) ap JOIN actors a ON a.id = ap.actor_id
            WHERE a.status <> 'ignored' GROUP BY a.id ORDER BY n DESC, a.id LIMIT @Limit
            """, new { Limit = limit })).AsList();
    }

    [BrowserWithAntDevFact]
    public async Task EveryChartDrawsItsDataOnTheImportedCorpus()
    {
        var (first, last) = await DaysAsync();
        var page = await OpenAsync($"/?from={first}&to={last}");

        foreach (var chart in DashboardDemoBrowserTests.Charts)
        {
            await Assertions.Expect(page.GetByTestId(chart).Locator("svg.apexcharts-svg")).ToBeVisibleAsync();
            var drawn = await DashboardPageHelpers.DrawnAsync(page, chart);
            Assert.True(drawn.Categories.Count > 0, $"{chart} has categories");
            Assert.Contains(drawn.Series, s => s.Any(v => v > 0));
        }

        Assert.Equal(await ArticlesBetweenAsync(first, last), await DashboardPageHelpers.KpiAsync(page, "kpi-articles"));
        await DashboardPageHelpers.WaitForChartsToSettleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "dashboard-antdev");
        await page.GetByTestId("split-outlet").ClickAsync();
        await DashboardPageHelpers.WaitForChartsToSettleAsync(page);
        await page.GetByTestId("widget-volume").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "dashboard-antdev-volume-by-outlet.png") });
    }

    [BrowserWithAntDevFact]
    public async Task ChangingTheDateRangeChangesTheNumbersAndTheUrlAndBackRestoresThem()
    {
        var (first, last) = await DaysAsync();
        var page = await OpenAsync($"/?from={first}&to={last}");
        var all = await ArticlesBetweenAsync(first, last);
        await Assertions.Expect(page.GetByTestId("kpi-articles").GetByTestId("kpi-value")).ToHaveTextAsync(all.ToString("N0", CultureInfo.InvariantCulture));

        await page.GetByTestId("preset-7").ClickAsync();

        await page.WaitForURLAsync(new Regex("range=7"));
        var lastDay = DateOnly.ParseExact(last, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var anchor = lastDay < DateOnly.FromDateTime(DateTime.UtcNow) ? lastDay : DateOnly.FromDateTime(DateTime.UtcNow);
        var week = await ArticlesBetweenAsync(anchor.AddDays(-6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), anchor.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.NotEqual(all, week);
        await Assertions.Expect(page.GetByTestId("kpi-articles").GetByTestId("kpi-value")).ToHaveTextAsync(week.ToString("N0", CultureInfo.InvariantCulture));
        Assert.DoesNotContain("from=", page.Url, StringComparison.Ordinal);

        await page.GoBackAsync();

        await page.WaitForURLAsync(new Regex("from=" + first));
        await Assertions.Expect(page.GetByTestId("kpi-articles").GetByTestId("kpi-value")).ToHaveTextAsync(all.ToString("N0", CultureInfo.InvariantCulture));
    }

    [BrowserWithAntDevFact]
    public async Task ClickingTheTopActorsBarListsExactlyTheArticlesThatMentionIt()
    {
        var (first, last) = await DaysAsync();
        var top = (await TopActorsAsync(1))[0];
        var page = await OpenAsync($"/?from={first}&to={last}");
        var chart = page.GetByTestId("chart-top-actors");
        await Assertions.Expect(chart.Locator("svg.apexcharts-svg")).ToBeVisibleAsync();
        await DashboardPageHelpers.WaitForChartsToSettleAsync(page);

        await chart.Locator("path.apexcharts-bar-area[j='0']").First.ClickAsync();

        await page.WaitForURLAsync(new Regex($"/articles\\?.*actor={top.Id}"));
        await Assertions.Expect(page.GetByTestId("chip-actor")).ToContainTextAsync(top.Name);
        await Assertions.Expect(page.GetByTestId("result-count")).ToContainTextAsync(top.Articles.ToString("N0", CultureInfo.InvariantCulture));
        var hrefs = await page.GetByTestId("article-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(hrefs);
        await using var connection = await antDev.Database.OpenAsync();
        foreach (var href in hrefs)
        {
            var id = long.Parse(ArticleId().Match(href).Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.True(
                await connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM mentions WHERE article_id = @Id AND actor_id = @Actor)", new { Id = id, Actor = top.Id }),
                $"article {id} mentions actor {top.Id}");
        }

        await BrowserFixture.ScreenshotAsync(page, "dashboard-antdev-drilldown");
    }

    [BrowserWithAntDevFact]
    public async Task TheExportedCsvHasExactlyTheRowsTheChartDraws()
    {
        var (first, last) = await DaysAsync();
        var page = await OpenAsync($"/?from={first}&to={last}");
        var chart = page.GetByTestId("chart-top-actors");
        await Assertions.Expect(chart.Locator("svg.apexcharts-svg")).ToBeVisibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => chart.Locator(".mm-export-csv").ClickAsync());

        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var rows = Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => Cells(r.TrimEnd('\r'))).ToList();
        var drawn = await DashboardPageHelpers.DrawnAsync(page, "chart-top-actors");
        var expected = await TopActorsAsync(15);
        Assert.Equal(drawn.Categories, rows.Skip(1).Select(r => r[0]));
        Assert.Equal(drawn.Series[0], rows.Skip(1).Select(r => double.Parse(r[1], CultureInfo.InvariantCulture)));
        Assert.Equal(expected.Select(e => e.Name), rows.Skip(1).Select(r => r[0]));
        Assert.Equal(expected.Select(e => (double)e.Articles), rows.Skip(1).Select(r => double.Parse(r[1], CultureInfo.InvariantCulture)));
    }

    [BrowserWithAntDevFact]
    public async Task ExportAllDownloadsOneZipWithEveryChartAndTheFilters()
    {
        var (first, last) = await DaysAsync();
        var page = await OpenAsync($"/?from={first}&to={last}");
        foreach (var chart in DashboardDemoBrowserTests.Charts)
        {
            await Assertions.Expect(page.GetByTestId(chart).Locator("svg.apexcharts-svg")).ToBeVisibleAsync();
        }

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-all").ClickAsync(), new PageRunAndWaitForDownloadOptions { Timeout = 90_000 });

        using var zip = ZipFile.OpenRead((await download.PathAsync())!);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        foreach (var file in new[] { "volume", "topic-share", "top-actors", "top-speakers", "actor-comparison", "outlets", "co-occurrence" })
        {
            Assert.Contains(file + ".csv", names);
            Assert.Contains(file + ".png", names);
        }

        using var reader = new StreamReader(zip.GetEntry("README.txt")!.Open(), Encoding.UTF8);
        var readme = await reader.ReadToEndAsync();
        Assert.Contains($"{first} – {last}", readme, StringComparison.Ordinal);
        using var png = zip.GetEntry("top-actors.png")!.Open();
        var header = new byte[8];
        await png.ReadExactlyAsync(header);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, header);
    }

    /// <summary>One CSV line's cells (quotes doubled inside quoted cells).</summary>
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }

    [GeneratedRegex(@"/articles/(\d+)")]
    private static partial Regex ArticleId();
}
