using System.Globalization;
using Bunit;
using Dapper;
using MediaMonitor.Analysis.Actors;
using MediaMonitor.Core.Actors;
using MediaMonitor.Core.Analysis;
using MediaMonitor.Core.Ingestion;
using MediaMonitor.Web.Features.Actors;
using MediaMonitor.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace MediaMonitor.Web.Tests.Features.Actors;

public sealed class ActorPageTests : MudBunitContext
{
    private readonly WebTestDatabase db = new();

    public ActorPageTests()
    {
        Services.AddSingleton(new ActorPageQueries(db.Factory));
    }

    protected override void OnDisposed() => db.Dispose();

    private async Task<long> ImportAsync()
    {
        // Fictional people and places, written for these tests.
        await new ActorQueries(db.Factory, db.WriteGate, TimeProvider.System).SeedAsync(
        [
            new RegistryEntry("nakhlan", "نخلان", "Nakhlan", ActorType.Place, ["بلدة نخلان"], null, null, null, "city"),
            new RegistryEntry("wadi", "سليم الوادعي", "Salim al-Wadi", ActorType.Person, ["الوادعي"], "m", "وزير الخارجية", null, null),
        ]);
        await new TopicQueries(db.Factory, db.WriteGate).SeedStarterTopicsAsync();
        ArticleDraft Draft(string body, int day) => new()
        {
            Title = "خبر " + day.ToString(CultureInfo.InvariantCulture),
            Body = body,
            Source = "صحيفة الاختبار",
            PublishedAt = new DateTimeOffset(2025, 3, day, 9, 0, 0, TimeSpan.Zero),
            Origin = "test",
        };
        await db.ImportAsync(
            Draft("وقال سليم الوادعي: «الحوار هو الطريق الوحيد».\nوزار بلدة نخلان أمس.", 4),
            Draft("وصل الوزير إلى بلدة نخلان.\nوقال سليم الوادعي: «نخلان في قلب البلاد».", 9));
        using var connection = db.Factory.Open();
        return connection.ExecuteScalar<long>("SELECT id FROM actors WHERE key = 'wadi'");
    }

    [Fact]
    public async Task ActorPageShowsNamesTypeRoleAndATimelineNewestFirstLinkingToEachQuotation()
    {
        var wadi = await ImportAsync();
        using var connection = db.Factory.Open();
        var quotes = connection.Query<(long Id, long ArticleId)>(
            "SELECT q.id, q.article_id FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_actor_id = @Id ORDER BY a.published_at DESC, q.start",
            new { Id = wadi }).ToList();

        var cut = Render<ActorPage>(p => p.Add(x => x.Id, wadi));

        cut.WaitForAssertion(() => Assert.Equal("سليم الوادعي", cut.Find("[data-testid=actor-name]").TextContent));
        Assert.Equal("Salim al-Wadi", cut.Find("[data-testid=actor-name-en]").TextContent);
        Assert.Equal("شخص", cut.Find("[data-testid=actor-type]").TextContent.Trim());
        Assert.Equal("وزير الخارجية", cut.Find("[data-testid=actor-role]").TextContent.Trim());
        Assert.Contains("الوادعي", cut.Find("[data-testid=actor-aliases]").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, quotes.Count);
        Assert.Equal(quotes.Select(q => $"/articles/{q.ArticleId}#q-{q.Id}"), cut.FindAll("[data-testid=timeline-quote]").Select(a => a.GetAttribute("href")));
        Assert.Equal(quotes.Count.ToString(CultureInfo.InvariantCulture), cut.Find("[data-testid=actor-quotes]").TextContent);
        Assert.Contains(cut.FindAll("[data-testid=co-mention]"), c => c.TextContent.Contains("نخلان", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownActorShowsNotFound()
    {
        var cut = Render<ActorPage>(p => p.Add(x => x.Id, 999999));

        cut.WaitForAssertion(() => Assert.Contains("999999", cut.Find("[data-testid=not-found]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SpeakerViewTakesItsDateRangeFromTheUrl()
    {
        var wadi = await ImportAsync();
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/speakers/{wadi}?from=2025-03-05&to=2025-03-31");

        var cut = Render<SpeakerPage>(p => p.Add(x => x.Id, wadi));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=speaker-quote]")));
        Assert.Contains("نخلان في قلب البلاد", cut.Find("[data-testid=speaker-quote]").TextContent, StringComparison.Ordinal);
        Assert.StartsWith("1 ", cut.Find("[data-testid=result-count]").TextContent, StringComparison.Ordinal);
    }
}
