using Dapper;
using DocumentFormat.OpenXml.Packaging;
using MediaMonitor.Browser.Tests.Support;
using MediaMonitor.Core.Daily;
using MediaMonitor.Core.Importing;
using MediaMonitor.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MediaMonitor.Browser.Tests.Features.Daily;

/// <summary>A browser test that needs ../shared/corpus/ant-dev and saudinewsnet-dev: skipped with the reason when either (or Chromium) is missing.</summary>
public sealed class BrowserWithDevCorporaFactAttribute : FactAttribute
{
    public BrowserWithDevCorporaFactAttribute()
    {
        if (BrowserFixture.Unavailable is { } reason)
        {
            Skip = reason;
        }
        else if (DailyBrowserTests.Corpora is null)
        {
            Skip = "../shared/corpus/ant-dev and ../shared/corpus/saudinewsnet-dev not found: the daily summary browser test imports them.";
        }
    }
}

[Collection(BrowserTestGroup.Name)]
public sealed class DailyBrowserTests(BrowserFixture fixture)
{
    /// <summary>The two dev corpora, or null when ../shared is not beside the repository.</summary>
    public static string[]? Corpora { get; } = BrowserFixture.SharedFolder is { } shared
        && Directory.Exists(Path.Combine(shared, "corpus", "ant-dev")) && Directory.Exists(Path.Combine(shared, "corpus", "saudinewsnet-dev"))
            ? [Path.Combine(shared, "corpus", "ant-dev"), Path.Combine(shared, "corpus", "saudinewsnet-dev")]
            : null;

    [BrowserWithDevCorporaFact]
    public async Task TheBusiestDaysSummaryMatchesSqlAndItsQuotationsOpenTheReader()
    {
        await using var server = new AppServer(demoArticles: 0);
        var importer = server.Services.GetRequiredService<ImportService>();
        var inputs = server.Services.GetRequiredService<ImportInputReader>();
        var report = await importer.ImportAsync(inputs.ReadAsync(Corpora!, null, CancellationToken.None), new ImportRequest { Inputs = "dev corpora", InitiatedBy = "test" });
        Assert.Equal(0, report.Failed);

        // Everything the page must show, computed here from the raw tables.
        using var connection = SqliteConnectionFactory.ForFile(server.DatabasePath).Open();
        var day = connection.QueryFirst<string>("SELECT substr(published_at, 1, 10) AS d FROM articles GROUP BY d ORDER BY COUNT(*) DESC, d LIMIT 1");
        var expected = connection.QuerySingle<(int Articles, int Stories, int Outlets)>(
            "SELECT COUNT(*), COUNT(DISTINCT story_id), COUNT(DISTINCT source_id) FROM articles WHERE substr(published_at, 1, 10) = @Day", new { Day = day });
        var quotes = connection.ExecuteScalar<int>(
            "SELECT COUNT(*) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE substr(a.published_at, 1, 10) = @Day", new { Day = day });
        var dayDate = DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var weekBefore = connection.ExecuteScalar<int>(
            "SELECT COUNT(*) FROM articles WHERE substr(published_at, 1, 10) BETWEEN @From AND @To",
            new { From = PeriodFilter.DayText(dayDate.AddDays(-7)), To = PeriodFilter.DayText(dayDate.AddDays(-1)) });
        var largest = connection.QueryFirstOrDefault<(int Articles, int Outlets)?>("""
            SELECT COUNT(*), COUNT(DISTINCT source_id) FROM articles WHERE substr(published_at, 1, 10) = @Day
            GROUP BY story_id HAVING COUNT(*) >= 2 ORDER BY COUNT(DISTINCT source_id) DESC, COUNT(*) DESC LIMIT 1
            """, new { Day = day });

        var page = await fixture.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            BaseURL = server.BaseUrl,
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
            Locale = "ar",
            AcceptDownloads = true,
        });
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync($"/daily/{day}");
        await BrowserFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(page.GetByTestId("chart-daily-volume").Locator("svg.apexcharts-svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("chart-daily-actors").Locator("svg.apexcharts-svg")).ToBeVisibleAsync();

        await Assertions.Expect(page.GetByTestId("daily-day")).ToHaveTextAsync(day);
        await Assertions.Expect(page.GetByTestId("daily-kpi-articles").GetByTestId("kpi-value")).ToHaveTextAsync(DailyText.Number(expected.Articles));
        await Assertions.Expect(page.GetByTestId("daily-kpi-stories").GetByTestId("kpi-value")).ToHaveTextAsync(DailyText.Number(expected.Stories));
        await Assertions.Expect(page.GetByTestId("daily-kpi-outlets").GetByTestId("kpi-value")).ToHaveTextAsync(DailyText.Number(expected.Outlets));
        await Assertions.Expect(page.GetByTestId("daily-kpi-quotes").GetByTestId("kpi-value")).ToHaveTextAsync(DailyText.Number(quotes));
        await Assertions.Expect(page.GetByTestId("daily-kpi-articles").GetByTestId("kpi-baseline")).ToContainTextAsync(DailyText.Number(Math.Round(weekBefore / 7.0, 1)));
        if (largest is { } top)
        {
            var story = page.GetByTestId("top-story").First;
            await Assertions.Expect(story.GetByTestId("story-articles")).ToHaveTextAsync(DailyText.Number(top.Articles));
            await Assertions.Expect(story.GetByTestId("story-outlets")).ToHaveTextAsync(DailyText.Number(top.Outlets));
        }
        else
        {
            await Assertions.Expect(page.GetByTestId("top-story")).ToHaveCountAsync(0);
        }
        await Assertions.Expect(page.GetByTestId("daily-page")).ToHaveAttributeAsync("dir", "rtl");
        await BrowserFixture.ScreenshotAsync(page, "daily-summary");

        // The Word export from the page carries the page's own charts.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("daily-export").ClickAsync());
        var docx = Path.Combine(BrowserFixture.ScreenshotFolder, $"briefing-{day}.docx");
        await download.SaveAsAsync(docx);
        Assert.Equal($"briefing-{day}.docx", download.SuggestedFilename);
        // The page's charts at twice their width on screen (the server's fallback drawings are 900 px wide).
        var chartWidths = new List<int>();
        foreach (var id in new[] { "chart-daily-volume", "chart-daily-actors" })
        {
            var width = await page.GetByTestId(id).Locator("svg.apexcharts-svg").First.EvaluateAsync<double>("svg => svg.getBoundingClientRect().width");
            chartWidths.Add((int)Math.Round(width) * 2);
        }

        using (var document = WordprocessingDocument.Open(docx, false))
        {
            var images = document.MainDocumentPart!.ImageParts.ToList();
            Assert.Equal(2, images.Count);
            var imageWidths = images.Select(PngWidth).Order().ToList();
            Assert.Equal(chartWidths.Order().ToList(), imageWidths);
        }

        // A key quotation opens the reader at that quotation.
        var quote = page.GetByTestId("key-quote").First;
        var quoteId = await quote.GetAttributeAsync("data-quote-id");
        var articleId = await quote.GetAttributeAsync("data-article-id");
        var article = connection.QuerySingle<(string Title, string Text)>(
            "SELECT a.title, q.text FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.id = @QuoteId AND a.id = @ArticleId",
            new { QuoteId = long.Parse(quoteId!, System.Globalization.CultureInfo.InvariantCulture), ArticleId = long.Parse(articleId!, System.Globalization.CultureInfo.InvariantCulture) });
        await quote.GetByTestId("key-quote-link").ClickAsync();

        await page.WaitForURLAsync($"**/articles/{articleId}#q-{quoteId}");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(article.Title.Trim());
        await Assertions.Expect(page.GetByTestId("article-body")).ToContainTextAsync(article.Text);
        // The reader marks the quotation with the id the link points at.
        await Assertions.Expect(page.Locator($"#q-{quoteId}")).ToContainTextAsync(article.Text);
        await BrowserFixture.ScreenshotAsync(page, "daily-quote-in-reader");

        // The print-ready page, as a PDF an analyst would save.
        await page.GotoAsync($"/daily/{day}/print");
        await Assertions.Expect(page.GetByTestId("print-chart-volume").Locator("svg.apexcharts-svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("print-kpis")).ToContainTextAsync(DailyText.Number(expected.Articles));
        await BrowserFixture.ScreenshotAsync(page, "daily-print");
        await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "daily-print.pdf"), Format = "A4", PrintBackground = true });
    }

    private static int PngWidth(ImagePart part)
    {
        using var stream = part.GetStream();
        var header = new byte[24];
        stream.ReadExactly(header);
        return System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16, 4));
    }
}
