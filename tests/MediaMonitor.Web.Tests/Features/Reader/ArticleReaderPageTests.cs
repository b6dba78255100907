using Bunit;
using Dapper;
using MediaMonitor.Analysis.Actors;
using MediaMonitor.Core.Actors;
using MediaMonitor.Core.Analysis;
using MediaMonitor.Core.Articles;
using MediaMonitor.Core.Ingestion;
using MediaMonitor.Core.Reading;
using MediaMonitor.Core.Stories;
using MediaMonitor.Web.Features.Reader;
using MediaMonitor.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MediaMonitor.Web.Tests.Features.Reader;

public sealed class ArticleReaderPageTests : MudBunitContext
{
    // Fictional people and places, written for these tests.
    private const string QuotedBody = """
        قال وزير الخارجية الواحي سليم الوادعي إن «الحوار مع جمهورية الرمال هو الطريق الوحيد».
        وأضاف الوادعي: «لن نقبل بأي تهديد لأمن الواحة».
        وفي بلدة نخلان، أعلنت وزارة الداخلية الواحية أنها عززت الإجراءات الأمنية.
        """;

    private readonly WebTestDatabase db = new();
    private readonly BunitJSModuleInterop module;

    public ArticleReaderPageTests()
    {
        Services.AddSingleton(new ArticleQueries(db.Factory));
        Services.AddSingleton(new ReaderQueries(db.Factory));
        Services.AddSingleton(new StoryQueries(db.Factory));
        module = JSInterop.SetupModule("./Features/Reader/ArticleReaderPage.razor.js");
    }

    protected override void OnDisposed() => db.Dispose();

    private async Task<long> ImportAsync(string body, string title = "عنوان المقالة")
    {
        await new ActorQueries(db.Factory, db.WriteGate, TimeProvider.System).SeedAsync(
        [
            new RegistryEntry("oasis", "جمهورية الواحة", "Oasis Republic", ActorType.Place, ["الواحة"], "f", null, null, "country"),
            new RegistryEntry("sands", "جمهورية الرمال", "Sands Republic", ActorType.Place, [], "f", null, null, "country"),
            new RegistryEntry("nakhlan", "نخلان", "Nakhlan", ActorType.Place, ["بلدة نخلان"], null, null, null, "city"),
            new RegistryEntry("wadi", "سليم الوادعي", "Salim al-Wadi", ActorType.Person, ["الوادعي"], "m", "وزير الخارجية", null, null),
        ]);
        await new TopicQueries(db.Factory, db.WriteGate).SeedStarterTopicsAsync();
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

    private List<(long Id, string Kind, string? Speaker)> StoredQuotes(long articleId)
    {
        using var connection = db.Factory.Open();
        return connection.Query<(long, string, string?)>(
            "SELECT q.id, q.kind, COALESCE(a.name_ar, q.speaker_text) FROM quotes q LEFT JOIN actors a ON a.id = q.speaker_actor_id WHERE q.article_id = @Id ORDER BY q.start",
            new { Id = articleId }).ToList();
    }

    [Fact]
    public async Task TheSidePanelNamesTheOtherOutletsThatCarriedTheSameStory()
    {
        var id = await ImportAsync(QuotedBody, "الوادعي: الحوار هو الطريق الوحيد");
        await db.ImportAsync(new ArticleDraft
        {
            Title = "وزير خارجية الواحة يدعو إلى الحوار",
            Body = "نقلت وكالة أنباء الواحة التصريحات التالية.\n" + QuotedBody,
            Source = "وكالة أنباء الواحة",
            PublishedAt = new DateTimeOffset(2025, 2, 3, 11, 0, 0, TimeSpan.Zero),
            Origin = "test",
        });

        var cut = Render<ArticleReaderPage>(p => p.Add(x => x.Id, id));

        cut.WaitForAssertion(() => Assert.Contains("وكالة أنباء الواحة", cut.Find("[data-testid=also-reported-by]").TextContent, StringComparison.Ordinal));
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
    public async Task MarkupInsideAQuotationStaysTextInsideTheHighlight()
    {
        var id = await ImportAsync("وقال سليم الوادعي: «هذا <b>عريض</b> وهذا <script>alert(1)</script> نص».");
        var stored = StoredQuotes(id);

        var cut = Render<ArticleReaderPage>(p => p.Add(x => x.Id, id));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-quote-kind]")));
        var quote = cut.Find($"#q-{Assert.Single(stored).Id}");
        Assert.Empty(quote.QuerySelectorAll("b, script"));
        Assert.Contains("<b>عريض</b>", quote.TextContent, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", quote.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryQuotationIsHighlightedWithItsKindSpeakerAnchorAndLabel()
    {
        var id = await ImportAsync(QuotedBody);
        var stored = StoredQuotes(id);

        var cut = Render<ArticleReaderPage>(p => p.Add(x => x.Id, id));

        cut.WaitForAssertion(() => Assert.Equal(stored.Count, cut.FindAll("[data-quote-kind]").Count));
        Assert.NotEmpty(stored);
        foreach (var (quoteId, kind, speaker) in stored)
        {
            var element = cut.Find($"#q-{quoteId}");
            Assert.Equal(kind, element.GetAttribute("data-quote-kind"));
            Assert.Equal(speaker, element.GetAttribute("data-speaker"));
            Assert.Equal("0", element.GetAttribute("tabindex"));
            Assert.Contains(speaker!, element.GetAttribute("aria-label"), StringComparison.Ordinal);
            Assert.Contains("المتحدث: " + speaker, element.GetAttribute("data-tip"), StringComparison.Ordinal);
            if (speaker == "سليم الوادعي")
            {
                Assert.Contains("الصفة: وزير الخارجية", element.GetAttribute("data-tip"), StringComparison.Ordinal);
            }

            Assert.Contains("--speaker:", element.GetAttribute("style"), StringComparison.Ordinal);
        }

        // A direct quotation keeps its quote marks inside the highlight.
        var direct = cut.Find($"#q-{stored.First(q => q.Kind == "direct").Id}");
        Assert.StartsWith("«", direct.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("»", direct.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MentionsLinkToTheActorPageWithTheirTypeAndShowInsideQuotations()
    {
        var id = await ImportAsync(QuotedBody);
        using var connection = db.Factory.Open();
        var oasis = connection.ExecuteScalar<long>("SELECT id FROM actors WHERE key = 'oasis'");
        var wadi = connection.ExecuteScalar<long>("SELECT id FROM actors WHERE key = 'wadi'");

        var cut = Render<ArticleReaderPage>(p => p.Add(x => x.Id, id));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-actor-type]")));
        var person = cut.FindAll($"[data-testid=article-body] a[data-actor-id='{wadi}']");
        Assert.NotEmpty(person);
        Assert.All(person, a => Assert.Equal("person", a.GetAttribute("data-actor-type")));
        Assert.All(person, a => Assert.Equal($"/actors/{wadi}", a.GetAttribute("href")));
        var placeInQuote = cut.FindAll($"[data-quote-kind] a[data-actor-id='{oasis}']");
        Assert.Equal("place", Assert.Single(placeInQuote).GetAttribute("data-actor-type"));
    }

    [Fact]
    public async Task SwitchingALayerOffMarksTheTextSoItsHighlightsAreHidden()
    {
        var id = await ImportAsync(QuotedBody);
        var cut = Render<ArticleReaderPage>(p => p.Add(x => x.Id, id));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-quote-kind]")));
        Assert.DoesNotContain("hide-quotes", cut.Find("[data-testid=article-body]").ClassName, StringComparison.Ordinal);

        cut.Find("[data-testid=toggle-quotes] input").Change(false);
        cut.Find("[data-testid=toggle-place] input").Change(false);

        var classes = cut.Find("[data-testid=article-body]").ClassList;
        Assert.Contains("hide-quotes", classes);
        Assert.Contains("hide-place", classes);
        Assert.DoesNotContain("hide-person", classes);
        Assert.NotEmpty(cut.FindAll("[data-quote-kind]"));
    }

    [Fact]
    public async Task SidePanelGroupsQuotationsBySpeakerAndJumpsToTheOneClicked()
    {
        var id = await ImportAsync(QuotedBody);
        var stored = StoredQuotes(id);
        module.SetupVoid("attach", _ => true).SetVoidResult();
        module.SetupVoid("flash", _ => true).SetVoidResult();

        var cut = Render<ArticleReaderPage>(p => p.Add(x => x.Id, id));
        cut.WaitForAssertion(() => Assert.Equal(stored.Count, cut.FindAll("[data-testid=quote-jump]").Count));

        var groups = cut.FindAll("[data-testid=speaker-group]").Select(g => g.GetAttribute("data-speaker")).ToList();
        Assert.Equal(stored.Select(q => q.Speaker).Distinct(), groups);
        Assert.Contains("سليم الوادعي", groups);
        cut.FindAll("[data-testid=quote-jump]")[^1].Click();

        var flash = module.VerifyInvoke("flash");
        Assert.Equal($"q-{stored[^1].Id}", flash.Arguments[0]);
        Assert.Contains(cut.FindAll("[data-testid=reader-actor]"), r => r.TextContent.Contains("سليم الوادعي", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CopyPutsTheQuotationWithSpeakerOutletDateAndLinkOnTheClipboard()
    {
        var id = await ImportAsync(QuotedBody);
        var first = StoredQuotes(id)[0];
        module.SetupVoid("attach", _ => true).SetVoidResult();
        module.Setup<bool>("copy", _ => true).SetResult(true);

        var cut = Render<ArticleReaderPage>(p => p.Add(x => x.Id, id));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=quote-copy]")));
        cut.FindAll("[data-testid=quote-copy] button, button[data-testid=quote-copy]")[0].Click();

        var text = (string)module.VerifyInvoke("copy").Arguments[0]!;
        Assert.Contains("سليم الوادعي", text, StringComparison.Ordinal);
        Assert.Contains("صحيفة الاختبار", text, StringComparison.Ordinal);
        Assert.Contains("2025-02-03", text, StringComparison.Ordinal);
        Assert.Contains($"/articles/{id}#q-{first.Id}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownIdShowsNotFound()
    {
        var cut = Render<ArticleReaderPage>(p => p.Add(x => x.Id, 424242));

        cut.WaitForAssertion(() => Assert.Contains("424242", cut.Find("[data-testid=not-found]").TextContent, StringComparison.Ordinal));
    }
}
