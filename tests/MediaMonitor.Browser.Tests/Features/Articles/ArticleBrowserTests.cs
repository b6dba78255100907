using MediaMonitor.Browser.Tests.Support;
using Microsoft.Playwright;

namespace MediaMonitor.Browser.Tests.Features.Articles;

[Collection(BrowserTestGroup.Name)]
public sealed class ArticleBrowserTests(BrowserFixture fixture)
{
    [BrowserWithSeedFact]
    public async Task SeedArticleIsListedAndOpensRightToLeftInAnArabicFont()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/articles?q=الكاظمي");
        await BrowserFixture.WaitForCircuitAsync(page);

        var link = page.GetByTestId("article-link").First;
        await Assertions.Expect(link).ToContainTextAsync("رئيس الحكومة العراقية");
        await BrowserFixture.ScreenshotAsync(page, "articles-list-seed");
        await link.ClickAsync();

        var article = page.GetByTestId("article");
        await Assertions.Expect(article).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(page.GetByTestId("article-author")).ToHaveTextAsync("هدى جاسم");
        await Assertions.Expect(page.GetByTestId("article-dateline")).ToHaveTextAsync("بغداد");
        var body = page.GetByTestId("article-body");
        // The text to look for comes from the gold file at run time: no corpus text is kept in the repository.
        var gold = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(BrowserFixture.SharedFolder!, "corpus", "seed", "kadhimi-nato.gold.json")))!;
        foreach (var quote in gold["quotes"]!.AsArray().Where(q => q!["kind"]!.GetValue<string>() == "direct").Take(3))
        {
            await Assertions.Expect(body).ToContainTextAsync(quote!["text"]!.GetValue<string>());
        }

        var font = await body.EvaluateAsync<string>("e => getComputedStyle(e).fontFamily");
        Assert.StartsWith("\"Noto Naskh Arabic\"", font, StringComparison.Ordinal);
        var fontLoaded = await page.EvaluateAsync<bool>("async () => { await document.fonts.ready; return document.fonts.check('16px \"Noto Naskh Arabic\"', 'العراق'); }");
        Assert.True(fontLoaded, "Noto Naskh Arabic was not loaded from wwwroot/fonts");
        var direction = await body.EvaluateAsync<string>("e => getComputedStyle(e).direction");
        Assert.Equal("rtl", direction);
        await BrowserFixture.ScreenshotAsync(page, "article-seed");
    }

    [BrowserFact]
    public async Task DemoArticleOpensFromTheListWithPreviousAndNextInThatList()
    {
        var page = await fixture.NewPageAsync();
        // Oldest first: only demo articles there (an imported seed without a date is dated at import time).
        await page.GotoAsync("/articles?sort=asc");
        await BrowserFixture.WaitForCircuitAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "articles-list");
        var firstTitle = await page.GetByTestId("article-link").Nth(0).InnerTextAsync();
        var secondTitle = await page.GetByTestId("article-link").Nth(1).InnerTextAsync();

        await page.GetByTestId("article-link").Nth(0).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(firstTitle);
        await BrowserFixture.ScreenshotAsync(page, "article-demo");
        await page.GetByTestId("next-article").ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(secondTitle);
    }

    [BrowserFact]
    public async Task ArticleListFiltersBySourceThroughTheUrl()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/articles");
        await BrowserFixture.WaitForCircuitAsync(page);
        var allText = await page.GetByTestId("result-count").InnerTextAsync();

        await page.GotoAsync("/articles?source=999999");
        await BrowserFixture.WaitForCircuitAsync(page);

        await Assertions.Expect(page.GetByTestId("empty-state")).ToBeVisibleAsync();
        Assert.Contains("مقالة", allText, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task OverviewShowsTheDemoBannerAndCounts()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/overview");
        await BrowserFixture.WaitForCircuitAsync(page);

        await Assertions.Expect(page.GetByTestId("demo-banner")).ToBeVisibleAsync();
        var articles = await page.GetByTestId("kpi-articles").GetByTestId("kpi-value").InnerTextAsync();
        Assert.True(int.Parse(articles.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= fixture.Server.DemoArticles);
        await BrowserFixture.ScreenshotAsync(page, "overview");
    }
}
