using Bunit;
using MediaMonitor.Core.Dashboard;
using MediaMonitor.Web.Features.Dashboard;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace MediaMonitor.Web.Tests.Features.Dashboard;

public sealed class DashboardUrlStateTests : BunitContext
{
    private static readonly DateOnly Anchor = new(2026, 3, 31);

    [Fact]
    public void EveryPartOfTheFilterRoundTripsThroughTheUrl()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        var state = new DashboardUrlState { Sources = [3, 7], Topics = ["economy", "sport"], Actors = [11, 42], Text = "النفط الخام" }
            .WithRange(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 14));

        var url = state.ToUrl(navigation);
        var back = DashboardUrlState.FromUri(url);

        Assert.True(back.SameAs(state));
        Assert.Contains("from=2026-02-01", url, StringComparison.Ordinal);
        Assert.Contains("to=2026-02-14", url, StringComparison.Ordinal);
        Assert.Contains("source=3&source=7", url, StringComparison.Ordinal);
        Assert.Contains("actor=11&actor=42", url, StringComparison.Ordinal);
        Assert.Contains("topic=economy&topic=sport", url, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("today", 1)]
    [InlineData("7", 7)]
    [InlineData("90", 90)]
    [InlineData(null, 30)]
    [InlineData("nonsense", 30)]
    public void PresetsEndOnTheAnchorDay(string? range, int days)
    {
        var filter = DashboardUrlState.Parse(range, null, null, null, null, null, null).ToFilter(Anchor);

        Assert.Equal(Anchor, filter.To);
        Assert.Equal(days, filter.Days);
    }

    [Fact]
    public void APresetRoundTripsAndTheDefaultLeavesTheUrlClean()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();

        var seven = new DashboardUrlState().WithPreset(DatePreset.Days7).ToUrl(navigation);
        var thirty = new DashboardUrlState().ToUrl(navigation);

        Assert.Equal(DatePreset.Days7, DashboardUrlState.FromUri(seven).Preset);
        Assert.Equal(new Uri(navigation.BaseUri).AbsoluteUri, thirty);
    }

    [Fact]
    public void MalformedValuesAreIgnoredAndAReversedRangeIsPutInOrder()
    {
        var state = DashboardUrlState.Parse("7", "2026-02-30", "yesterday", [0, -4, 5, 5], ["", " economy "], null, "  ");
        var reversed = DashboardUrlState.Parse(null, "2026-03-10", "2026-03-01", null, null, null, null).ToFilter(Anchor);

        Assert.Equal(DatePreset.Days7, state.Preset);
        Assert.Equal([5L], state.Sources);
        Assert.Equal(["economy"], state.Topics);
        Assert.Null(state.Text);
        Assert.Equal(new DateOnly(2026, 3, 1), reversed.From);
        Assert.Equal(new DateOnly(2026, 3, 10), reversed.To);
    }

    [Fact]
    public void DrillingDownKeepsTheFilterAndReplacesTheClickedKind()
    {
        var filter = new DashboardFilter { From = new DateOnly(2026, 3, 1), To = Anchor, SourceIds = [2], TopicKeys = ["economy"], ActorIds = [9], Query = "نفط" };

        var day = DashboardDrillDown.Articles(filter, day: new DateOnly(2026, 3, 5), topic: "sport");
        var actor = DashboardDrillDown.Articles(filter, actor: 12);

        Assert.Equal(new DateOnly(2026, 3, 5), day.From);
        Assert.Equal(new DateOnly(2026, 3, 5), day.To);
        Assert.Equal(["sport"], day.Topics);
        Assert.Equal([9L], day.Actors);
        Assert.Equal([2L], day.Sources);
        Assert.Equal("نفط", day.Text);
        Assert.Equal([12L], actor.Actors);
        Assert.Equal(filter.From, actor.From);
    }
}
