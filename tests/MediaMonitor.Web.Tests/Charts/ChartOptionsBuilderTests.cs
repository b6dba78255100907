using System.Text.Json.Nodes;
using MediaMonitor.Web.Charts;

namespace MediaMonitor.Web.Tests.Charts;

public sealed class ChartOptionsBuilderTests
{
    private static readonly ChartData TwoSeries = new(["أ", "ب", "ج"], [new("مقالات", [3, 2, 1]), new("اقتباسات", [1, 0, 4])]);

    [Fact]
    public void ADonutTakesTheFirstSeriesAsSlicesAndTheCategoriesAsLabels()
    {
        var options = ChartOptionsBuilder.Build(ChartKind.Donut, TwoSeries, new ChartLook());

        Assert.Equal("donut", (string?)options["chart"]!["type"]);
        Assert.Equal([3d, 2d, 1d], options["series"]!.AsArray().Select(n => (double)n!));
        Assert.Equal(["أ", "ب", "ج"], options["labels"]!.AsArray().Select(n => (string?)n));
    }

    [Fact]
    public void AHeatmapHasOneRowPerSeriesWithACellPerCategory()
    {
        var options = ChartOptionsBuilder.Build(ChartKind.Heatmap, TwoSeries, new ChartLook());

        var rows = options["series"]!.AsArray();
        Assert.Equal(2, rows.Count);
        var cells = rows[1]!["data"]!.AsArray();
        Assert.Equal(["أ", "ب", "ج"], cells.Select(c => (string?)c!["x"]));
        Assert.Equal([1d, 0d, 4d], cells.Select(c => (double)c!["y"]!));
    }

    [Theory]
    [InlineData(ChartKind.Bar, true, true)]
    [InlineData(ChartKind.Area, true, true)]
    [InlineData(ChartKind.Line, true, false)]
    [InlineData(ChartKind.Bar, false, false)]
    public void OnlyBarsAndAreasStack(ChartKind kind, bool asked, bool stacked)
    {
        var options = ChartOptionsBuilder.Build(kind, TwoSeries, new ChartLook(Stacked: asked));

        Assert.Equal(stacked, (bool)options["chart"]!["stacked"]!);
    }

    [Fact]
    public void ChartsUseTheAppsArabicFontAndTheGivenColours()
    {
        var options = ChartOptionsBuilder.Build(ChartKind.Line, TwoSeries, new ChartLook(Colors: ["#111111", "#222222"]));

        Assert.StartsWith("'Noto Sans Arabic'", (string?)options["chart"]!["fontFamily"], StringComparison.Ordinal);
        Assert.Equal(["#111111", "#222222"], options["colors"]!.AsArray().Select(n => (string?)n));
    }

    [Fact]
    public void NoTitleMeansNoTitleOption()
    {
        var options = ChartOptionsBuilder.Build(ChartKind.Bar, TwoSeries, new ChartLook());

        Assert.Null(options["title"]);
    }

    [Fact]
    public void ClicksOutsideTheDataAreIgnoredAndDonutSlicesMapToCategories()
    {
        Assert.Null(ChartClicks.Resolve(ChartKind.Bar, TwoSeries, 0, 3));
        Assert.Null(ChartClicks.Resolve(ChartKind.Bar, TwoSeries, 2, 0));
        Assert.Equal("ج", ChartClicks.Resolve(ChartKind.Donut, TwoSeries, 2, 2)!.Category);
    }
}
