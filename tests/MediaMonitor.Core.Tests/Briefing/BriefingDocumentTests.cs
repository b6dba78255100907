using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MediaMonitor.Core.Briefing;
using MediaMonitor.Core.Daily;
using MediaMonitor.Core.Stories;
using MediaMonitor.Core.Tests.Daily;
using MediaMonitor.Core.Tests.TestSupport;

namespace MediaMonitor.Core.Tests.Briefing;

/// <summary>The exported .docx, opened again with the Open XML SDK.</summary>
public sealed class BriefingDocumentTests : IAsyncLifetime, IDisposable
{
    private const string BaseUrl = "http://mediamonitor.test/";
    private readonly TempDatabase db = new();

    public Task InitializeAsync() => DailyTestData.FillAsync(db);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => db.Dispose();

    private BriefingService Service => new(new DailySummaryService(new DailyQueries(db.Factory), new StoryQueries(db.Factory), TimeProvider.System), TimeProvider.System);

    private async Task<(DailySummary Summary, byte[] Bytes)> ExportAsync()
    {
        var daily = new DailySummaryService(new DailyQueries(db.Factory), new StoryQueries(db.Factory), TimeProvider.System);
        var summary = await daily.ForDayAsync(DailyTestData.BusyDay);
        return (summary, Service.Export(summary, null, BaseUrl));
    }

    [Fact]
    public async Task EveryParagraphAndTableIsRightToLeftInAnArabicFont()
    {
        var (_, bytes) = await ExportAsync();

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Descendants<Paragraph>().ToList();
        Assert.True(paragraphs.Count > 20);
        Assert.All(paragraphs, p => Assert.NotNull(p.ParagraphProperties?.BiDi));
        var runs = body.Descendants<Run>().Where(r => r.GetFirstChild<Text>() is not null).ToList();
        Assert.All(runs, r => Assert.Equal(BriefingDocument.ArabicFont, r.RunProperties!.RunFonts?.ComplexScript?.Value));
        // Arabic runs are right to left; numbers and English names keep their own order.
        Assert.All(runs.Where(r => r.InnerText.Any(c => c is >= '\u0600' and <= '\u06FF')), r => Assert.NotNull(r.RunProperties?.RightToLeftText));
        Assert.Contains(runs, r => r.InnerText.Trim('\u200E').EndsWith('%') && r.RunProperties?.RightToLeftText is null);
        var tables = body.Descendants<Table>().ToList();
        Assert.NotEmpty(tables);
        Assert.All(tables, t => Assert.NotNull(t.GetFirstChild<TableProperties>()?.BiDiVisual));
        var page = body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        Assert.Equal((11906U, 16838U), (page.Width!.Value, page.Height!.Value)); // A4
    }

    [Fact]
    public async Task TheKeyQuotationsWithTheirSpeakersOutletsDatesAndLinksAreInTheDocument()
    {
        var (summary, bytes) = await ExportAsync();

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var main = document.MainDocumentPart!;
        var paragraphs = main.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        var links = main.HyperlinkRelationships.Select(r => r.Uri.ToString()).ToHashSet();
        Assert.NotEmpty(summary.KeyQuotes);
        foreach (var quote in summary.KeyQuotes)
        {
            var at = paragraphs.FindIndex(p => p.Contains("«" + quote.Text + "»", StringComparison.Ordinal));
            Assert.True(at >= 0, quote.Text);
            var citation = paragraphs[at + 1];
            Assert.Contains(quote.Speaker, citation, StringComparison.Ordinal);
            Assert.Contains(quote.Source, citation, StringComparison.Ordinal);
            Assert.Contains(quote.PublishedAt[..10], citation, StringComparison.Ordinal);
            Assert.Contains($"{BaseUrl}articles/{quote.ArticleId}#q-{quote.QuoteId}", links);
        }

        Assert.Contains(paragraphs, p => p.Contains(DailyTestData.NewPerson, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheChartsAreEmbeddedAsPngImages()
    {
        var (_, bytes) = await ExportAsync();

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var images = document.MainDocumentPart!.ImageParts.ToList();
        Assert.Equal(2, images.Count);
        Assert.All(images, image =>
        {
            Assert.Equal("image/png", image.ContentType);
            using var stream = image.GetStream();
            var header = new byte[8];
            stream.ReadExactly(header);
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, header);
        });
        Assert.Equal(2, document.MainDocumentPart.Document.Body!.Descendants<Drawing>().Count());
    }

    [Fact]
    public async Task ChartsFromTheBrowserAreUsedAsGivenWithTheirSize()
    {
        var daily = new DailySummaryService(new DailyQueries(db.Factory), new StoryQueries(db.Factory), TimeProvider.System);
        var summary = await daily.ForDayAsync(DailyTestData.BusyDay);
        var png = ServerCharts.Volume(summary).Png;

        var chart = BriefingChart.FromPng("من المتصفح", png);
        var bytes = Service.Export(summary, [chart], BaseUrl);

        Assert.Equal((900, 300), (chart.WidthPx, chart.HeightPx));
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Single(document.MainDocumentPart!.ImageParts);
        Assert.Contains(document.MainDocumentPart.Document.Body!.Descendants<Paragraph>(), p => p.InnerText == "من المتصفح");
    }

    [Fact]
    public async Task APeriodWithOutletsCanBeExportedForTheDashboard()
    {
        var bytes = await Service.ExportAsync(new PeriodFilter(DailyTestData.BusyDay.AddDays(-3), DailyTestData.BusyDay, [1]), null, BaseUrl);

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains(PeriodFilter.DayText(DailyTestData.BusyDay.AddDays(-3)) + " – " + PeriodFilter.DayText(DailyTestData.BusyDay), text, StringComparison.Ordinal);
        Assert.Contains(DailyText.Format("someOutlets", false, 1), text, StringComparison.Ordinal);
    }
}
