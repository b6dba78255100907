namespace MediaMonitor.Web.Charts;

/// <summary>Maps ApexCharts' (series index, data point index) to the category and key that was clicked.</summary>
public static class ChartClicks
{
    public static ChartPointClick? Resolve(ChartKind kind, ChartData data, int seriesIndex, int dataPointIndex)
    {
        ArgumentNullException.ThrowIfNull(data);

        // A donut has one series whose points are the slices; ApexCharts reports the slice as the data point.
        if (kind == ChartKind.Donut)
        {
            seriesIndex = 0;
        }

        if (seriesIndex < 0 || seriesIndex >= data.Series.Count || dataPointIndex < 0 || dataPointIndex >= data.Categories.Count)
        {
            return null;
        }

        var key = data.Keys is { } keys && dataPointIndex < keys.Count ? keys[dataPointIndex] : null;
        return new ChartPointClick(seriesIndex, dataPointIndex, data.Series[seriesIndex].Name, data.Categories[dataPointIndex], key);
    }
}
