using System.Globalization;
using MediaMonitor.Core.Dashboard;
using MediaMonitor.Core.Sources;
using MediaMonitor.Web.Charts;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace MediaMonitor.Web.Features.Dashboard;

/// <summary>
/// The analyst's home page: one filter (in the URL) for every widget. Each widget's query runs on the thread pool
/// (SQLite's async calls are synchronous underneath) so that the circuit stays responsive, and draws as soon as its
/// own result is in.
/// </summary>
public sealed partial class DashboardPage : IDisposable
{
    private readonly ApexChart?[] charts = new ApexChart?[7];
    private CancellationTokenSource? loading;
    private DashboardUrlState? state;
    private DashboardFilter? filter;
    private DateOnly anchor;
    private IReadOnlyList<SourceSummary> sources = [];
    private IReadOnlyList<TopicOption> topics = [];
    private IReadOnlyList<ActorOption> actorChips = [];
    private VolumeSplit split = VolumeSplit.Topic;
    private string actorType = string.Empty;
    private IReadOnlyCollection<long> compared = [];
    private bool comparedChosen;
    private bool exporting;

    private DashboardKpis? kpis;
    private DailySeries? volume;
    private IReadOnlyList<TopicTotal>? topicShare;
    private IReadOnlyList<ActorTotal>? topActors;
    private IReadOnlyList<ActorTotal> compareChoices = [];
    private IReadOnlyList<SpeakerTotal>? speakers;
    private DailySeries? timeline;
    private IReadOnlyList<OutletTotal>? outlets;
    private CoOccurrence? cooccurrence;

    [Inject] private DashboardQueries Queries { get; set; } = default!;
    [Inject] private SourceQueries SourceList { get; set; } = default!;
    [Inject] private DashboardCache Cache { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "range")] private string? RangeParameter { get; set; }
    [SupplyParameterFromQuery(Name = "from")] private string? FromParameter { get; set; }
    [SupplyParameterFromQuery(Name = "to")] private string? ToParameter { get; set; }
    [SupplyParameterFromQuery(Name = "source")] private long[]? SourceParameter { get; set; }
    [SupplyParameterFromQuery(Name = "topic")] private string[]? TopicParameter { get; set; }
    [SupplyParameterFromQuery(Name = "actor")] private long[]? ActorParameter { get; set; }
    [SupplyParameterFromQuery(Name = "q")] private string? TextParameter { get; set; }

    // Chart data is built once per result: a new instance on every render would redraw every chart each time.
    private ChartData Volume { get; set; } = ChartData.Empty;
    private ChartData TopicShare { get; set; } = ChartData.Empty;
    private ChartData TopActors { get; set; } = ChartData.Empty;
    private ChartData Speakers { get; set; } = ChartData.Empty;
    private ChartData Timeline { get; set; } = ChartData.Empty;
    private ChartData Outlets { get; set; } = ChartData.Empty;
    private ChartData CoOccurrence { get; set; } = ChartData.Empty;

    private IReadOnlyList<ActorTotal> CompareChoices => compareChoices;

    private string PeriodName => volume?.Bucket switch
    {
        TimeBucket.Week => "أسبوع",
        TimeBucket.Month => "شهر",
        _ => "يوم",
    };

    private string VolumeSubtitle => split == VolumeSplit.Topic
        ? $"مقالات كل {PeriodName} لكل موضوع (قد تنتمي المقالة إلى أكثر من موضوع)"
        : $"مقالات كل {PeriodName} لكل مصدر";

    protected override async Task OnInitializedAsync()
    {
        Cache.Invalidated += OnCacheInvalidated;
        sources = await Task.Run(() => SourceList.ListAsync());
        topics = await Task.Run(() => Queries.TopicsAsync());
        anchor = await AnchorAsync();
    }

    protected override async Task OnParametersSetAsync()
    {
        var next = DashboardUrlState.Parse(RangeParameter, FromParameter, ToParameter, SourceParameter, TopicParameter, ActorParameter, TextParameter);
        if (state is not null && next.SameAs(state))
        {
            return;
        }

        state = next;
        filter = state.ToFilter(anchor);
        actorChips = await Task.Run(() => Queries.ActorsAsync(state.Actors));
        await LoadAsync();
    }

    /// <summary>Presets end today, or on the last day with articles when an archive stops earlier.</summary>
    private async Task<DateOnly> AnchorAsync()
    {
        var today = DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
        var last = await Task.Run(() => Queries.LastDayAsync());
        return last is { } day && day < today ? day : today;
    }

    private void Go(DashboardUrlState next) => Navigation.NavigateTo(next.ToUrl(Navigation));

    private int pending;

    private async Task LoadAsync()
    {
        if (filter is not { } f)
        {
            return;
        }

        if (loading is not null)
        {
            await loading.CancelAsync();
            loading.Dispose();
        }

        loading = new CancellationTokenSource();
        var token = loading.Token;
        kpis = null;
        volume = null;
        topicShare = null;
        topActors = null;
        speakers = null;
        timeline = null;
        outlets = null;
        cooccurrence = null;
        await Task.WhenAll(
            Widget(() => Queries.KpisAsync(f, token), r => kpis = r, token),
            Widget(() => Queries.VolumeAsync(f, split, cancellationToken: token), r => (volume, Volume) = (r, DashboardCharts.Daily(r)), token),
            Widget(() => Queries.TopicShareAsync(f, token), r => (topicShare, TopicShare) = (r, DashboardCharts.Topics(r)), token),
            Widget(() => Queries.TopActorsAsync(f, NullIfEmpty(actorType), 15, token), r => (topActors, TopActors) = (r, DashboardCharts.Actors(r)), token),
            Widget(() => Queries.TopSpeakersAsync(f, 12, token), r => (speakers, Speakers) = (r, DashboardCharts.Speakers(r)), token),
            Widget(() => Queries.OutletsAsync(f, token), r => (outlets, Outlets) = (r, DashboardCharts.Outlets(r)), token),
            Widget(() => Queries.CoOccurrenceAsync(f, 10, token), r => (cooccurrence, CoOccurrence) = (r, DashboardCharts.CoOccurrence(r)), token),
            LoadTimelineAsync(f, token));
    }

    private async Task LoadTimelineAsync(DashboardFilter f, CancellationToken token)
    {
        await Widget(() => Queries.TopActorsAsync(f, null, 30, token), r => compareChoices = r, token);
        if (token.IsCancellationRequested)
        {
            return;
        }

        if (!comparedChosen)
        {
            compared = compareChoices.Take(4).Select(a => a.Id).ToList();
        }

        await Widget(() => Queries.ActorTimelineAsync(f, [.. compared], token), r => (timeline, Timeline) = (r, DashboardCharts.Daily(r)), token);
    }

    /// <summary>Runs one widget's query off the circuit's thread and draws it when it arrives (unless the filter moved on).</summary>
    private async Task Widget<T>(Func<Task<T>> query, Action<T> set, CancellationToken token)
    {
        pending++;
        try
        {
            var result = await Task.Run(query, token);
            if (!token.IsCancellationRequested)
            {
                set(result);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // A newer filter replaced this one.
        }
        finally
        {
            pending--;
            StateHasChanged();
        }
    }

    private async Task SetSplitAsync(VolumeSplit value)
    {
        if (split == value || filter is not { } f)
        {
            return;
        }

        split = value;
        volume = null;
        await Widget(() => Queries.VolumeAsync(f, split), r => (volume, Volume) = (r, DashboardCharts.Daily(r)), CancellationToken.None);
    }

    private async Task SetActorTypeAsync(string value)
    {
        actorType = value;
        if (filter is not { } f)
        {
            return;
        }

        topActors = null;
        await Widget(() => Queries.TopActorsAsync(f, NullIfEmpty(actorType), 15), r => (topActors, TopActors) = (r, DashboardCharts.Actors(r)), CancellationToken.None);
    }

    private async Task SetComparedAsync(IEnumerable<long>? values)
    {
        compared = values?.Take(DashboardQueries.MaxComparedActors).ToList() ?? [];
        comparedChosen = true;
        if (filter is not { } f)
        {
            return;
        }

        timeline = null;
        await Widget(() => Queries.ActorTimelineAsync(f, [.. compared]), r => (timeline, Timeline) = (r, DashboardCharts.Daily(r)), CancellationToken.None);
    }

    private void Open((DateOnly Start, DateOnly End)? period = null, string? topic = null, long? source = null, long? actor = null)
    {
        if (filter is { } f)
        {
            Navigation.NavigateTo(DashboardDrillDown.Articles(f, period?.Start, topic, source, actor, period?.End).ToUrl(Navigation));
        }
    }

    private static (DateOnly Start, DateOnly End)? Period(DailySeries? series, int index) =>
        series is not null && index >= 0 && index < series.Starts.Count ? (series.Starts[index], series.Ends[index]) : null;

    private void OnVolumeClick(ChartPointClick click)
    {
        var key = volume?.Lines.ElementAtOrDefault(click.SeriesIndex)?.Key;
        var day = Period(volume, click.DataPointIndex);
        if (string.IsNullOrEmpty(key))
        {
            Open(day);
        }
        else if (split == VolumeSplit.Topic)
        {
            Open(day, topic: key);
        }
        else
        {
            Open(day, source: ParseId(key));
        }
    }

    private void OnTopicClick(ChartPointClick click) => Open(topic: click.Key);

    private void OnActorClick(ChartPointClick click) => Open(actor: ParseId(click.Key));

    private void OnOutletClick(ChartPointClick click) => Open(source: ParseId(click.Key));

    private void OnTimelineClick(ChartPointClick click) =>
        Open(Period(timeline, click.DataPointIndex), actor: ParseId(timeline?.Lines.ElementAtOrDefault(click.SeriesIndex)?.Key));

    private async Task ExportAllAsync()
    {
        if (filter is not { } f)
        {
            return;
        }

        exporting = true;
        try
        {
            var parts = new (string Name, string Title, string Header, ChartData Data)[]
            {
                ("volume", "حجم التغطية", "الفترة", Volume),
                ("topic-share", "حصة المواضيع", "الموضوع", TopicShare),
                ("top-actors", "أبرز الفاعلين", "الفاعل", TopActors),
                ("top-speakers", "الأكثر اقتباساً", "المتحدث", Speakers),
                ("actor-comparison", "مقارنة الفاعلين", "الفترة", Timeline),
                ("outlets", "المصادر", "المصدر", Outlets),
                ("co-occurrence", "الظهور المشترك لأبرز الفاعلين", "الفاعل", CoOccurrence),
            };
            var exports = new List<ChartExport>();
            for (var i = 0; i < parts.Length; i++)
            {
                var png = parts[i].Data.IsEmpty || charts[i] is not { } chart ? null : await chart.GetPngAsync();
                exports.Add(new ChartExport(parts[i].Name, parts[i].Title, parts[i].Header, parts[i].Data, png));
            }

            var readme = DashboardExport.Readme(
                f,
                string.Join("، ", f.SourceIds.Select(id => sources.FirstOrDefault(s => s.Id == id)?.Name ?? id.ToString(CultureInfo.InvariantCulture))),
                string.Join("، ", f.TopicKeys.Select(k => topics.FirstOrDefault(t => t.Key == k)?.Name ?? k)),
                string.Join("، ", actorChips.Select(a => a.Name)),
                exports,
                Time.GetUtcNow());
            var zip = DashboardExport.Zip(exports, readme);
            await using var module = await JS.InvokeAsync<IJSObjectReference>("import", "./Features/Dashboard/DashboardPage.razor.js");
            using var stream = new MemoryStream(zip);
            using var reference = new DotNetStreamReference(stream);
            await module.InvokeVoidAsync("download", $"mediamonitor-{f.FromDay}-{f.ToDay}.zip", reference);
        }
        catch (JSDisconnectedException)
        {
            // The browser left before the download.
        }
        finally
        {
            exporting = false;
        }
    }

    private void OnCacheInvalidated() => _ = InvokeAsync(async () =>
    {
        sources = await Task.Run(() => SourceList.ListAsync());
        anchor = await AnchorAsync();
        if (state is not null)
        {
            filter = state.ToFilter(anchor);
        }

        await LoadAsync();
    });

    private static string? NullIfEmpty(string value) => string.IsNullOrEmpty(value) ? null : value;

    private static long? ParseId(string? key) => long.TryParse(key, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;

    public void Dispose()
    {
        Cache.Invalidated -= OnCacheInvalidated;
        loading?.Cancel();
        loading?.Dispose();
    }
}
