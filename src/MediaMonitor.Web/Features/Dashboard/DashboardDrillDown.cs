using MediaMonitor.Core.Dashboard;
using MediaMonitor.Web.Features.Articles;

namespace MediaMonitor.Web.Features.Dashboard;

/// <summary>
/// The article list behind a point of a chart: the dashboard's filter, narrowed to the clicked day, and with the
/// clicked topic, outlet or actor in place of that kind's filter.
/// </summary>
public static class DashboardDrillDown
{
    /// <param name="day">The clicked day, or the first day of the clicked week or month (<paramref name="dayEnd"/> its last).</param>
    public static ArticleListQuery Articles(DashboardFilter filter, DateOnly? day = null, string? topic = null, long? source = null, long? actor = null, DateOnly? dayEnd = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new ArticleListQuery
        {
            From = day ?? filter.From,
            To = dayEnd ?? day ?? filter.To,
            Sources = source is { } s ? [s] : filter.SourceIds,
            Topics = topic is { } t ? [t] : filter.TopicKeys,
            Actors = actor is { } a ? [a] : filter.ActorIds,
            Text = filter.Query,
        };
    }
}
