using Bunit;
using MediaMonitor.Core.Articles;
using MediaMonitor.Core.Ingestion;
using MediaMonitor.Web.Features.Articles;
using MediaMonitor.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MediaMonitor.Web.Tests.Features.Articles;

public sealed class ArticleReaderPageTests : MudBunitContext
{
    private readonly WebTestDatabase db = new();

    public ArticleReaderPageTests()
    {
        Services.AddSingleton(new ArticleQueries(db.Factory));
    }

    protected override void OnDisposed() => db.Dispose();

    private async Task<long> ImportAsync(string body, string title = "عنوان المقالة")
    {
        await db.ImportAsync(new ArticleDraft
        {
            Title = title,
            Body = body,
            Author = "كاتب تجريبي",
            Dateline = "مدينة الاختبار",
            Source = "صحيفة الاختبار",
            PublishedAt = new DateTimeOffset(2025, 2, 3, 8, 0, 0, TimeSpan.Zero),
            Origin = "test",
        });
        var page = await new ArticleQueries(db.Factory).ListAsync(new ArticleFilter(), 0, 1);
        return page.Items[0].Id;
    }

    [Fact]
    public async Task RendersEachParagraphRightToLeftWithMetadata()
    {
        var id = await ImportAsync("الفقرة الأولى.\nالفقرة الثانية.\n\nالفقرة الثالثة.");

        var cut = Render<ArticleReaderPage>(p => p.Add(x => x.Id, id));

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=article-body] p").Count));
        Assert.Equal("rtl", cut.Find("[data-testid=article]").GetAttribute("dir"));
        Assert.Equal("الفقرة الثانية.", cut.FindAll("[data-testid=article-body] p")[1].TextContent);
        Assert.Contains("كاتب تجريبي", cut.Find("[data-testid=article-author]").TextContent, StringComparison.Ordinal);
        Assert.Contains("2025-02-03 08:00", cut.Find("[data-testid=article-meta]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkupInsideArticleTextIsShownLiterallyNeverAsElements()
    {
        var id = await ImportAsync("نص <script>alert('x')</script> و<b>عريض</b> <img src=x onerror=alert(1)>", "عنوان <i>مائل</i>");

        var cut = Render<ArticleReaderPage>(p => p.Add(x => x.Id, id));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=article-body] p")));
        var body = cut.Find("[data-testid=article-body]");
        Assert.Empty(body.QuerySelectorAll("script, b, img"));
        Assert.Contains("<script>alert('x')</script>", body.TextContent, StringComparison.Ordinal);
        Assert.Contains("<b>عريض</b>", body.TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.Find("[data-testid=article]").QuerySelectorAll("h1 i"));
    }

    [Fact]
    public void UnknownIdShowsNotFound()
    {
        var cut = Render<ArticleReaderPage>(p => p.Add(x => x.Id, 424242));

        cut.WaitForAssertion(() => Assert.Contains("424242", cut.Find("[data-testid=not-found]").TextContent, StringComparison.Ordinal));
    }
}
