using MediaMonitor.Core.Dashboard;
using MediaMonitor.Web.Features.Articles;

namespace MediaMonitor.Web.Features.Dashboard;

/// <summary>
/// The article list behind a point of a chart: the dashboard's filter, narrowed to the clicked day, and with the
/// clicked topic, outlet or actor in place of that kind's filter.
/// </summary>
public static class DashboardDrillDown
{
    public static ArticleListQuery Articles(DashboardFilter filter, DateOnly? day = null, string? topic = null, long? source = null, long? actor = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new ArticleListQuery
        {
            From = day ?? filter.From,
            To = day ?? filter.To,
            Sources = source is { } s ? [s] : filter.SourceIds,
            Topics = topic is { } t ? [t] : filter.TopicKeys,
            Actors = actor is { } a ? [a] : filter.ActorIds,
            Text = filter.Query,
        };
    }
}
