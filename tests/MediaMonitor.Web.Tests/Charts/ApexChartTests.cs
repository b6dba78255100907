using System.Text.Json.Nodes;
using Bunit;
using MediaMonitor.Web.Charts;
using MudBlazor.Services;

namespace MediaMonitor.Web.Tests.Charts;

/// <summary>The chart component's calls into its module, with bUnit's JS interop in strict mode.</summary>
public sealed class ApexChartTests : BunitContext, IAsyncLifetime
{
    private static readonly ChartData Actors = new(["مصطفى الكاظمي", "بغداد"], [new("مقالات", [12, 5])], ["7", "9"]);

    private readonly BunitJSModuleInterop module;

    public ApexChartTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Strict;
        module = JSInterop.SetupModule(ApexChart.ModulePath);
        module.SetupVoid("create", _ => true).SetVoidResult();
        module.SetupVoid("update", _ => true).SetVoidResult();
        module.SetupVoid("destroy", _ => true).SetVoidResult();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [Fact]
    public void CreatesTheChartOnceWithTheOptionsBuiltFromTheData()
    {
        Render<ApexChart>(p => p
            .Add(c => c.Kind, ChartKind.HorizontalBar)
            .Add(c => c.Data, Actors)
            .Add(c => c.Title, "أبرز الفاعلين")
            .Add(c => c.ExportName, "top-actors"));

        var create = module.VerifyInvoke("create");
        var options = (JsonObject)create.Arguments[1]!;
        Assert.Equal("bar", (string?)options["chart"]!["type"]);
        Assert.True((bool)options["plotOptions"]!["bar"]!["horizontal"]!);
        Assert.Equal(["مصطفى الكاظمي", "بغداد"], options["xaxis"]!["categories"]!.AsArray().Select(n => (string?)n));
        Assert.Equal("أبرز الفاعلين", (string?)options["title"]!["text"]);
        var settings = (JsonObject)create.Arguments[2]!;
        Assert.Equal("top-actors", (string?)settings["exportName"]);
        Assert.False((bool)settings["clickable"]!);
    }

    [Fact]
    public void NewDataUpdatesTheChartInsteadOfCreatingItAgain()
    {
        var chart = Render<ApexChart>(p => p.Add(c => c.Kind, ChartKind.Bar).Add(c => c.Data, Actors));

        chart.Render(p => p.Add(c => c.Data, Actors with { Series = [new("مقالات", [3, 4])] }));

        Assert.Single(module.Invocations, i => i.Identifier == "create");
        var update = Assert.Single(module.Invocations, i => i.Identifier == "update");
        var series = ((JsonObject)update.Arguments[1]!)["series"]!.AsArray();
        Assert.Equal([3d, 4d], series[0]!["data"]!.AsArray().Select(n => (double)n!));
        Assert.False((bool)update.Arguments[2]!);
    }

    [Fact]
    public void RenderingAgainWithTheSameDataCallsNothing()
    {
        var chart = Render<ApexChart>(p => p.Add(c => c.Kind, ChartKind.Bar).Add(c => c.Data, Actors));

        chart.Render(p => p.Add(c => c.Data, Actors));

        Assert.Equal(["create"], module.Invocations.Select(i => i.Identifier));
    }

    [Fact]
    public void ChangingTheKindRecreatesTheChart()
    {
        var chart = Render<ApexChart>(p => p.Add(c => c.Kind, ChartKind.Bar).Add(c => c.Data, Actors));

        chart.Render(p => p.Add(c => c.Kind, ChartKind.Line));

        var update = Assert.Single(module.Invocations, i => i.Identifier == "update");
        Assert.True((bool)update.Arguments[2]!);
        Assert.Equal("line", (string?)((JsonObject)update.Arguments[1]!)["chart"]!["type"]);
    }

    [Fact]
    public void DarkModeFromTheLayoutReachesTheChartTheme()
    {
        Render<ApexChart>(p => p
            .AddCascadingValue("DarkMode", true)
            .Add(c => c.Kind, ChartKind.Donut)
            .Add(c => c.Data, Actors));

        var options = (JsonObject)module.VerifyInvoke("create").Arguments[1]!;
        Assert.Equal("dark", (string?)options["theme"]!["mode"]);
    }

    [Fact]
    public async Task DisposingDestroysTheChart()
    {
        var chart = Render<ApexChart>(p => p.Add(c => c.Kind, ChartKind.Bar).Add(c => c.Data, Actors));

        await chart.Instance.DisposeAsync();

        module.VerifyInvoke("destroy");
    }

    [Fact]
    public void AnEmptyChartSaysSoAndStillCreatesTheChartForLaterData()
    {
        var chart = Render<ApexChart>(p => p.Add(c => c.Kind, ChartKind.Bar).Add(c => c.Data, ChartData.Empty).Add(c => c.Title, "الموضوعات"));

        Assert.Contains("لا بيانات في هذا النطاق", chart.Find(".mm-chart-empty").TextContent, StringComparison.Ordinal);
        Assert.True(chart.Find(".mm-chart-host").HasAttribute("hidden"));
        module.VerifyInvoke("create");
    }

    [Fact]
    public async Task AClickReportsTheCategoryAndItsKey()
    {
        ChartPointClick? clicked = null;
        var chart = Render<ApexChart>(p => p
            .Add(c => c.Kind, ChartKind.Bar)
            .Add(c => c.Data, Actors)
            .Add(c => c.OnPointClick, (ChartPointClick c) => clicked = c));

        Assert.True((bool)((JsonObject)module.VerifyInvoke("create").Arguments[2]!)["clickable"]!);
        await chart.InvokeAsync(() => chart.Instance.PointClickedAsync(0, 1));

        Assert.Equal(new ChartPointClick(0, 1, "مقالات", "بغداد", "9"), clicked);
    }

    [Fact]
    public void TheCsvButtonGetsExactlyTheDrawnDataWithAByteOrderMark()
    {
        var chart = Render<ApexChart>(p => p.Add(c => c.Kind, ChartKind.Bar).Add(c => c.Data, Actors).Add(c => c.CategoryHeader, "الفاعل"));

        var file = chart.Instance.CsvFile();

        Assert.Equal([0xEF, 0xBB, 0xBF], file[..3]);
        Assert.Equal("الفاعل,مقالات\r\nمصطفى الكاظمي,12\r\nبغداد,5\r\n", System.Text.Encoding.UTF8.GetString(file[3..]));
    }
}
