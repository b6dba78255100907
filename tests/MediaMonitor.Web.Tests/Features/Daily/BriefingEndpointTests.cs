using DocumentFormat.OpenXml.Packaging;
using MediaMonitor.Web.Tests.Support;

namespace MediaMonitor.Web.Tests.Features.Daily;

/// <summary>The briefing over HTTP (no browser: charts drawn on the server) and the daily page server-rendered, on demo data.</summary>
public sealed class BriefingEndpointTests(BriefingEndpointTests.App app) : IClassFixture<BriefingEndpointTests.App>
{
    public sealed class App() : DemoApp(120, 10);

    [Fact]
    public async Task TheBriefingOfTheLatestDayIsAWordDocumentWithItsCharts()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/briefing.docx", UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("briefing-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Equal(2, document.MainDocumentPart!.ImageParts.Count());
        Assert.Contains("الموجز اليومي", document.MainDocumentPart.Document.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMalformedDayIsRefused()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/briefing.docx?from=yesterday", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TheDailyPageIsServerRenderedInArabic()
    {
        using var client = app.CreateClient();

        var html = await client.GetStringAsync(new Uri("/daily", UriKind.Relative));

        Assert.Contains("الموجز اليومي", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"daily-kpi-articles\"", html, StringComparison.Ordinal);
    }
}
