using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace MediaMonitor.Web.Charts;

/// <summary>
/// A typed ApexCharts chart. The options are built in C# (<see cref="ChartOptionsBuilder"/>); the collocated module
/// keeps the chart instance per element, updates it in place when <see cref="Data"/> changes, offers PNG, SVG (with
/// the Arabic font embedded) and CSV (built here, from exactly the data drawn) downloads, and reports clicks.
/// </summary>
public sealed partial class ApexChart : ComponentBase, IAsyncDisposable
{
    internal const string ModulePath = "./Charts/ApexChart.razor.js";

    private const long MaxImageBytes = 20 * 1024 * 1024;

    private ElementReference host;
    private IJSObjectReference? module;
    private DotNetObjectReference<ApexChart>? self;
    private bool created;
    private ChartData? drawnData;
    private ChartLook? drawnLook;
    private ChartKind drawnKind;
    private bool disposed;
    private Task drawing = Task.CompletedTask;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired]
    public ChartKind Kind { get; set; }

    [Parameter, EditorRequired]
    public ChartData Data { get; set; } = ChartData.Empty;

    [Parameter]
    public string? Title { get; set; }

    /// <summary>The file name (without extension) of downloads.</summary>
    [Parameter]
    public string ExportName { get; set; } = "chart";

    [Parameter]
    public int Height { get; set; } = 320;

    [Parameter]
    public bool Stacked { get; set; }

    /// <summary>Series colours; the app's palette when not set.</summary>
    [Parameter]
    public IReadOnlyList<string>? Colors { get; set; }

    /// <summary>The header of the category column in the CSV.</summary>
    [Parameter]
    public string CategoryHeader { get; set; } = "الفئة";

    [Parameter]
    public EventCallback<ChartPointClick> OnPointClick { get; set; }

    [Parameter]
    public string? TestId { get; set; }

    [CascadingParameter(Name = "DarkMode")]
    public bool DarkMode { get; set; }

    /// <summary>The chart as a PNG image (twice the screen size), or null when it is not drawn.</summary>
    public async Task<byte[]?> GetPngAsync()
    {
        if (module is null || !created)
        {
            return null;
        }

        // A stream, not one message: a chart image is far larger than the hub's 32 KB message limit.
        var image = await module.InvokeAsync<IJSStreamReference?>("png", host);
        if (image is null)
        {
            return null;
        }

        await using (image)
        {
            await using var stream = await image.OpenReadStreamAsync(MaxImageBytes);
            using var bytes = new MemoryStream();
            await stream.CopyToAsync(bytes);
            return bytes.ToArray();
        }
    }

    /// <summary>The chart as an SVG document with the Arabic font embedded, or null when it is not drawn.</summary>
    public async Task<string?> GetSvgAsync() =>
        module is null || !created ? null : await module.InvokeAsync<string?>("svg", host);

    /// <summary>Called by the module when a bar, point, slice or cell is clicked.</summary>
    [JSInvokable]
    public Task PointClickedAsync(int seriesIndex, int dataPointIndex)
    {
        var data = drawnData ?? Data;
        var click = ChartClicks.Resolve(Kind, data, seriesIndex, dataPointIndex);
        return click is null || !OnPointClick.HasDelegate ? Task.CompletedTask : OnPointClick.InvokeAsync(click);
    }

    /// <summary>Called by the module's CSV button: the file's bytes (UTF-8 with BOM).</summary>
    [JSInvokable]
    public byte[] CsvFile() => ChartCsv.ToCsvFile(drawnData ?? Data, CategoryHeader);

    // Renders can follow each other faster than the module answers (a page filling several widgets): each draw waits
    // for the one before, so that a chart is created once and never twice in the same element.
    protected override Task OnAfterRenderAsync(bool firstRender)
    {
        drawing = DrawAfterAsync(drawing);
        return drawing;
    }

    private async Task DrawAfterAsync(Task previous)
    {
        await previous;
        if (disposed)
        {
            return;
        }

        var look = new ChartLook(Title, Stacked, Height, DarkMode, Colors);
        if (created && ReferenceEquals(drawnData, Data) && drawnLook == look && drawnKind == Kind)
        {
            return;
        }

        try
        {
            module ??= await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            var options = ChartOptionsBuilder.Build(Kind, Data, look);
            var settings = new JsonObject
            {
                ["exportName"] = ExportName,
                ["clickable"] = OnPointClick.HasDelegate,
            };
            if (!created)
            {
                self ??= DotNetObjectReference.Create(this);
                await module.InvokeVoidAsync("create", host, options, settings, self);
                created = true;
            }
            else
            {
                await module.InvokeVoidAsync("update", host, options, drawnKind != Kind);
            }

            drawnData = Data;
            drawnLook = look;
            drawnKind = Kind;
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone; nothing left to draw on.
        }
    }

    public async ValueTask DisposeAsync()
    {
        disposed = true;
        try
        {
            if (module is not null)
            {
                if (created)
                {
                    await module.InvokeVoidAsync("destroy", host);
                }

                await module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The browser has gone with the chart in it.
        }

        self?.Dispose();
    }
}
