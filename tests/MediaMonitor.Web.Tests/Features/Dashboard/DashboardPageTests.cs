using Bunit;
using Bunit.TestDoubles;
using MediaMonitor.Core.Analysis;
using MediaMonitor.Core.Dashboard;
using MediaMonitor.Core.Ingestion;
using MediaMonitor.Core.Sources;
using MediaMonitor.Web.Features.Dashboard;
using MediaMonitor.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace MediaMonitor.Web.Tests.Features.Dashboard;

/// <summary>The dashboard's filter bar and the URL: what the URL says is shown, a change is a new history entry, a reload keeps it.</summary>
public sealed class DashboardPageTests : MudBunitContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private readonly WebTestDatabase db = new();
    private readonly MemoryCache memory = new(new MemoryCacheOptions());

    public DashboardPageTests()
    {
        var cache = new DashboardCache(memory);
        Services.AddSingleton(cache);
        Services.AddSingleton(new DashboardQueries(db.Factory, cache));
        Services.AddSingleton(new SourceQueries(db.Factory, db.WriteGate));
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(new ReanalysisJob(new ReanalysisService(db.Factory, db.WriteGate, TimeProvider.System), NullLogger<ReanalysisJob>.Instance));
    }

    protected override void OnDisposed()
    {
        memory.Dispose();
        db.Dispose();
    }

    private BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    private async Task ImportAsync()
    {
        await db.ImportAsync(
            new ArticleDraft { Title = "أول", Body = "نص عن النفط", Source = "صحيفة أ", PublishedAt = DateTimeOffset.UtcNow.AddDays(-2), Origin = "t1" },
            new ArticleDraft { Title = "ثان", Body = "نص عن الطقس", Source = "صحيفة ب", PublishedAt = DateTimeOffset.UtcNow.AddDays(-40), Origin = "t2" });
    }

    [Fact]
    public async Task TheFilterBarShowsWhatTheUrlSays()
    {
        await ImportAsync();
        Navigation.NavigateTo("/?range=7&q=%D9%86%D9%81%D8%B7");

        var cut = Render<DashboardPage>();

        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid=preset-7]").GetAttribute("aria-pressed")), Wait);
        Assert.Equal("false", cut.Find("[data-testid=preset-30]").GetAttribute("aria-pressed"));
        Assert.Equal("نفط", cut.Find("input[data-testid=text-filter]").GetAttribute("value"));
        Assert.Contains("7 يوماً", cut.Find("[data-testid=range-label]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChoosingAPresetPushesANewHistoryEntrySoThatBackReturns()
    {
        await ImportAsync();
        Navigation.NavigateTo("/?range=7");
        var before = Navigation.Uri;
        var cut = Render<DashboardPage>();
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid=preset-7]").GetAttribute("aria-pressed")), Wait);

        cut.Find("[data-testid=preset-90]").Click();

        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid=preset-90]").GetAttribute("aria-pressed")), Wait);
        Assert.Equal(DatePreset.Days90, DashboardUrlState.FromUri(Navigation.Uri).Preset);
        var entry = Navigation.History.First();
        Assert.False(entry.Options.ReplaceHistoryEntry);
        Assert.Contains(Navigation.History, h => Navigation.ToAbsoluteUri(h.Uri).AbsoluteUri == before);
    }

    [Fact]
    public async Task AReloadedPageShowsTheSameFilterAndNumbers()
    {
        await ImportAsync();
        Navigation.NavigateTo("/");
        var first = Render<DashboardPage>();
        first.WaitForAssertion(() => Assert.Equal("1", first.Find("[data-testid=kpi-articles] [data-testid=kpi-value]").TextContent), Wait);
        first.Find("[data-testid=preset-90]").Click();
        first.WaitForAssertion(() => Assert.Equal("true", first.Find("[data-testid=preset-90]").GetAttribute("aria-pressed")), Wait);
        var url = Navigation.Uri;
        Assert.Equal(DatePreset.Days90, DashboardUrlState.FromUri(url).Preset);

        // A reload is a new page instance reading the same URL.
        Navigation.NavigateTo(url);
        var reloaded = Render<DashboardPage>();

        reloaded.WaitForAssertion(() => Assert.Equal("true", reloaded.Find("[data-testid=preset-90]").GetAttribute("aria-pressed")), Wait);
        reloaded.WaitForAssertion(() => Assert.Equal("2", reloaded.Find("[data-testid=kpi-articles] [data-testid=kpi-value]").TextContent), Wait);
    }
}
