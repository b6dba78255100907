using System.Net;
using System.Text;
using MediaMonitor.Browser.Tests.Support;
using Microsoft.Playwright;

namespace MediaMonitor.Browser.Tests.Features.Import;

[Collection(BrowserTestGroup.Name)]
public sealed class ImportBrowserTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task UploadShowsProgressThenTheReportWithEveryBadItem()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var jsonl = string.Join('\n',
            $$"""{"title": "خبر الرفع الأول {{marker}}", "content": "أعلنت وزارة الزراعة في جمهورية الواحة خطة جديدة للري {{marker}}.", "date": "2025-06-01T08:00:00Z", "source": "موقع الاختبار"}""",
            """{"title": "سطر معطوب", "content": """,
            $$"""{"title": "خبر الرفع الثاني {{marker}}", "content": "<script>window.__injected = 1</script> نص يحمل وسوماً {{marker}}.", "date": "2025-06-02T08:00:00Z", "source": "موقع الاختبار"}""");
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/import");
        await BrowserFixture.WaitForCircuitAsync(page);

        await page.Locator("input[type=file]").SetInputFilesAsync(
        [
            new FilePayload { Name = $"upload-{marker}.jsonl", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(jsonl) },
            new FilePayload { Name = "picture.txt", MimeType = "text/plain", Buffer = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52] },
        ]);

        var job = page.GetByTestId("import-job").Filter(new LocatorFilterOptions { HasText = "2 ملفات" }).First;
        await Assertions.Expect(job.GetByTestId("import-job-status")).ToHaveTextAsync("انتهى مع أخطاء", new LocatorAssertionsToHaveTextOptions { Timeout = 60_000 });
        await Assertions.Expect(job.GetByTestId("count-imported")).ToContainTextAsync("2");
        await Assertions.Expect(job.GetByTestId("count-failed")).ToContainTextAsync("2");
        var errors = job.GetByTestId("import-error");
        await Assertions.Expect(errors).ToHaveCountAsync(2);
        await Assertions.Expect(errors.Filter(new LocatorFilterOptions { HasText = $"upload-{marker}.jsonl" })).ToContainTextAsync("line 2");
        await Assertions.Expect(errors.Filter(new LocatorFilterOptions { HasText = "picture.txt" })).ToContainTextAsync("binary");
        await BrowserFixture.ScreenshotAsync(page, "import-report");

        await page.GotoAsync($"/articles?q={marker}");
        await BrowserFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(page.GetByTestId("article-link")).ToHaveCountAsync(2);
        await page.GetByTestId("article-link").Filter(new LocatorFilterOptions { HasText = "الثاني" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("article-body")).ToContainTextAsync("<script>window.__injected = 1</script>");
        Assert.Equal(0, await page.Locator("[data-testid=article-body] script").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__injected === undefined"));
    }

    [BrowserFact]
    public async Task AFeedUrlIsFetchedAndItsItemsImported()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var rss = $$"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>خلاصة الاختبار</title>
                <item>
                  <title>خبر من الخلاصة {{marker}}</title>
                  <link>http://127.0.0.1/feed-item-1</link>
                  <pubDate>Tue, 03 Jun 2025 09:15:00 +0300</pubDate>
                  <description>ملخص قصير</description>
                  <content:encoded><![CDATA[<p>الفقرة الأولى من النص الكامل {{marker}}.</p><p>الفقرة الثانية.</p>]]></content:encoded>
                </item>
              </channel>
            </rss>
            """;
        using var feed = new LoopbackFile(rss, "application/rss+xml; charset=utf-8");
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/import");
        await BrowserFixture.WaitForCircuitAsync(page);

        await page.GetByTestId("feed-url").FillAsync(feed.Url);
        await page.GetByTestId("feed-import").ClickAsync();

        var job = page.GetByTestId("import-job").Filter(new LocatorFilterOptions { HasText = feed.Url }).First;
        await Assertions.Expect(job.GetByTestId("import-job-status")).ToHaveTextAsync("اكتمل", new LocatorAssertionsToHaveTextOptions { Timeout = 60_000 });
        await Assertions.Expect(job.GetByTestId("count-imported")).ToContainTextAsync("1");
        await page.GotoAsync($"/articles?q={marker}");
        await BrowserFixture.WaitForCircuitAsync(page);
        await page.GetByTestId("article-link").ClickAsync();
        await Assertions.Expect(page.GetByTestId("article-body").Locator("p")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("article-meta")).ToContainTextAsync("2025-06-03 06:15");
    }

    /// <summary>One document served on a loopback port, for the app to fetch like a real feed.</summary>
    private sealed class LoopbackFile : IDisposable
    {
        private readonly HttpListener listener = new();
        private readonly CancellationTokenSource stop = new();

        public LoopbackFile(string body, string contentType)
        {
            var port = FreePort();
            Url = $"http://127.0.0.1:{port}/feed.xml";
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            listener.Start();
            var bytes = Encoding.UTF8.GetBytes(body);
            _ = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    HttpListenerContext context;
                    try
                    {
                        context = await listener.GetContextAsync();
                    }
                    catch (HttpListenerException)
                    {
                        return;
                    }
                    catch (ObjectDisposedException)
                    {
                        return;
                    }

                    context.Response.ContentType = contentType;
                    await context.Response.OutputStream.WriteAsync(bytes);
                    context.Response.Close();
                }
            });
        }

        public string Url { get; }

        public void Dispose()
        {
            stop.Cancel();
            listener.Close();
            stop.Dispose();
        }

        private static int FreePort()
        {
            using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            socket.Start();
            return ((IPEndPoint)socket.LocalEndpoint).Port;
        }
    }
}
