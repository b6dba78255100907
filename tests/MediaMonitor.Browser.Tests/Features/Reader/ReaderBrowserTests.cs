using System.Text.Json.Nodes;
using MediaMonitor.Browser.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace MediaMonitor.Browser.Tests.Features.Reader;

[Collection(BrowserTestGroup.Name)]
public sealed class ReaderBrowserTests(BrowserFixture fixture)
{
    private sealed record GoldQuote(string Kind, string Speaker, string Text);

    private static async Task<(List<GoldQuote> Quotes, List<string> NotQuotes, JsonNode Gold)> ReadGoldAsync()
    {
        // Expectations come from the gold file at run time: no corpus text is kept in the repository.
        var gold = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(BrowserFixture.SharedFolder!, "corpus", "seed", "kadhimi-nato.gold.json")))!;
        var quotes = gold["quotes"]!.AsArray()
            .Select(q => new GoldQuote(q!["kind"]!.GetValue<string>(), q["speaker"]!.GetValue<string>(), q["text"]!.GetValue<string>()))
            .ToList();
        var notQuotes = gold["not_quotes"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        return (quotes, notQuotes, gold);
    }

    private T Scalar<T>(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={fixture.Server.DatabasePath};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    [BrowserWithSeedFact]
    public async Task SeedArticleHighlightsEveryQuotationBySpeakerAndItsMentionLeadsToTheActorsTimeline()
    {
        var (gold, notQuotes, goldJson) = await ReadGoldAsync();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/articles?q=الكاظمي");
        await BrowserFixture.WaitForCircuitAsync(page);
        await page.GetByTestId("article-link").First.ClickAsync();
        var body = page.GetByTestId("article-body");
        await Assertions.Expect(body.Locator("[data-quote-kind]")).ToHaveCountAsync(gold.Count);

        // Kind and speaker of every highlight, as the gold file has them.
        foreach (var kind in gold.Select(q => q.Kind).Distinct())
        {
            await Assertions.Expect(body.Locator($"[data-quote-kind='{kind}']")).ToHaveCountAsync(gold.Count(q => q.Kind == kind));
        }

        foreach (var group in gold.GroupBy(q => (q.Kind, q.Speaker)))
        {
            await Assertions.Expect(body.Locator($"[data-quote-kind='{group.Key.Kind}'][data-speaker='{group.Key.Speaker}']")).ToHaveCountAsync(group.Count());
        }

        // A quoted name is not a quotation.
        var quoteTexts = await body.Locator("[data-quote-kind]").EvaluateAllAsync<string[]>("els => els.map(e => e.textContent.replace(/[«»\"]/g, '').trim())");
        foreach (var notQuote in notQuotes)
        {
            Assert.DoesNotContain(notQuote, quoteTexts);
            Assert.Contains(quoteTexts, t => !t.Contains('«', StringComparison.Ordinal));
        }

        await Assertions.Expect(page.GetByTestId("article")).ToHaveAttributeAsync("dir", "rtl");
        Assert.Equal("rtl", await body.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        Assert.StartsWith("\"Noto Naskh Arabic\"", await body.EvaluateAsync<string>("e => getComputedStyle(e).fontFamily"), StringComparison.Ordinal);
        var quoteFont = await body.Locator("[data-quote-kind]").First.EvaluateAsync<string>("e => getComputedStyle(e).fontFamily");
        Assert.StartsWith("\"Noto Naskh Arabic\"", quoteFont, StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("async () => { await document.fonts.ready; return document.fonts.check('16px \"Noto Naskh Arabic\"', 'العراق'); }"),
            "Noto Naskh Arabic was not loaded from wwwroot/fonts");

        // Direct and indirect differ by the border's style, not by colour alone.
        Assert.Equal("solid", await body.Locator("[data-quote-kind='direct']").First.EvaluateAsync<string>("e => getComputedStyle(e).borderBottomStyle"));
        Assert.Equal("dashed", await body.Locator("[data-quote-kind='indirect']").First.EvaluateAsync<string>("e => getComputedStyle(e).borderBottomStyle"));

        // Hovering a quotation shows who said it.
        var firstDirect = body.Locator("[data-quote-kind='direct']").First;
        var speakerOfFirst = await firstDirect.GetAttributeAsync("data-speaker");
        await firstDirect.HoverAsync();
        await Assertions.Expect(page.Locator("#reader-tip")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#reader-tip")).ToContainTextAsync("المتحدث: " + speakerOfFirst);
        await BrowserFixture.ScreenshotAsync(page, "reader-seed");

        // In print, highlights keep their rule in black (no colour needed) and the switches are gone.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.Equal("rgb(0, 0, 0)", await firstDirect.EvaluateAsync<string>("e => getComputedStyle(e).borderBottomColor"));
        await Assertions.Expect(page.GetByTestId("toggle-quotes")).ToBeHiddenAsync();
        await BrowserFixture.ScreenshotAsync(page, "reader-seed-print");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });

        // The mention's short form, from the gold file, links to the actor page.
        var speaker = gold.GroupBy(q => q.Speaker).OrderByDescending(g => g.Count()).First().Key;
        var shortForm = goldJson["actors"]!.AsArray().First(a => a!["name"]!.GetValue<string>() == speaker)!["surface_forms"]!.AsArray()
            .Select(s => s!.GetValue<string>()).OrderBy(s => s.Length).First();
        var mention = body.Locator("a[data-actor-type='person']").Filter(new LocatorFilterOptions { HasTextString = shortForm }).First;
        await mention.ClickAsync();
        await page.WaitForURLAsync("**/actors/*");
        await Assertions.Expect(page.GetByTestId("actor-name")).ToHaveTextAsync(speaker);
        var timelineQuotes = page.GetByTestId("timeline-quote");
        await Assertions.Expect(timelineQuotes).ToHaveCountAsync(gold.Count(q => q.Speaker == speaker));
        var listed = await timelineQuotes.AllInnerTextsAsync();
        foreach (var quote in gold.Where(q => q.Speaker == speaker))
        {
            Assert.Contains(listed, l => Normalize(l).Contains(Normalize(quote.Text), StringComparison.Ordinal));
        }

        await Assertions.Expect(page.GetByTestId("chart-actor-activity").Locator("svg.apexcharts-svg")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "actor-seed");

        // A timeline quotation opens the reader at that quotation and flashes it.
        var target = await timelineQuotes.Last.GetAttributeAsync("href");
        await timelineQuotes.Last.ClickAsync();
        await page.WaitForURLAsync("**" + target);
        var anchor = target!.Split('#')[1];
        await Assertions.Expect(page.Locator("#" + anchor)).ToBeFocusedAsync();
    }

    private static string Normalize(string text) => string.Join(' ', text.Replace("«", "", StringComparison.Ordinal).Replace("»", "", StringComparison.Ordinal)
        .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [BrowserFact]
    public async Task DemoArticleCopiesAQuotationWithItsCitationAndOpensTheSpeakerView()
    {
        // The demo article with the most speakers, then quotations (fictional actors only).
        var articleId = Scalar<long>("""
            SELECT q.article_id FROM quotes q JOIN articles a ON a.id = q.article_id JOIN sources s ON s.id = a.source_id
            WHERE s.is_demo = 1 AND q.speaker_actor_id IS NOT NULL
            GROUP BY q.article_id ORDER BY COUNT(DISTINCT q.speaker_actor_id) DESC, COUNT(*) DESC, q.article_id LIMIT 1
            """);
        var quotes = Scalar<long>($"SELECT COUNT(*) FROM quotes WHERE article_id = {articleId}");
        var page = await fixture.NewPageAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.GotoAsync($"/articles/{articleId}");
        await BrowserFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(page.GetByTestId("article-body").Locator("[data-quote-kind]")).ToHaveCountAsync((int)quotes);
        await BrowserFixture.ScreenshotAsync(page, "reader-demo");

        var firstGroup = page.GetByTestId("speaker-group").First;
        var speaker = await firstGroup.GetAttributeAsync("data-speaker");
        await firstGroup.GetByTestId("quote-copy").First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("نُسخ الاقتباس");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Contains(speaker!, copied, StringComparison.Ordinal);
        Assert.Contains($"/articles/{articleId}#q-", copied, StringComparison.Ordinal);

        // Hiding the quotations layer removes their background.
        await page.GetByTestId("toggle-quotes").Locator("input").ClickAsync();
        await Assertions.Expect(page.GetByTestId("article-body")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("hide-quotes"));

        await firstGroup.GetByTestId("speaker-view-link").ClickAsync();
        await page.WaitForURLAsync("**/speakers/*");
        var actorId = long.Parse(page.Url.Split('/')[^1].Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);
        var total = Scalar<long>($"SELECT COUNT(*) FROM quotes WHERE speaker_actor_id = {actorId}");
        await Assertions.Expect(page.GetByTestId("result-count")).ToContainTextAsync(total.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        await BrowserFixture.ScreenshotAsync(page, "speaker-demo");
    }
}
