namespace MediaMonitor.Web.Charts;

/// <summary>The chart types the app draws.</summary>
public enum ChartKind
{
    Line,
    Area,
    Bar,
    HorizontalBar,
    Donut,
    Heatmap,
}

/// <summary>One named series: one value per category.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);

/// <summary>
/// What a chart draws. <see cref="Categories"/> are the x labels (or the slices of a donut, which has exactly one
/// series; or the columns of a heatmap, whose rows are the series). <see cref="Keys"/>, when given, has one id per
/// category (an actor id, a yyyy-MM-dd day, a topic key) and comes back in <see cref="ChartPointClick"/>.
/// </summary>
public sealed record ChartData(IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, IReadOnlyList<string>? Keys = null)
{
    /// <summary>A chart with nothing to draw.</summary>
    public static ChartData Empty { get; } = new([], []);

    /// <summary>True when no series has a value other than zero.</summary>
    public bool IsEmpty => Categories.Count == 0 || Series.All(s => s.Values.All(v => v == 0));
}

/// <summary>A click on a bar, point, slice or cell.</summary>
public sealed record ChartPointClick(int SeriesIndex, int DataPointIndex, string Series, string Category, string? Key);
