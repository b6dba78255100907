using System.Globalization;
using System.Text;
using MediaMonitor.Core.Articles;

namespace MediaMonitor.Core.Dashboard;

/// <summary>
/// What every dashboard widget is filtered by: an inclusive range of UTC days, and optionally outlets, topics (by key),
/// actors and a full-text query. Within one kind the values are alternatives (any outlet, any topic, any actor); the
/// kinds combine (outlet AND topic AND actor AND text).
/// </summary>
public sealed record DashboardFilter
{
    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }
    public IReadOnlyList<long> SourceIds { get; init; } = [];
    public IReadOnlyList<string> TopicKeys { get; init; } = [];
    public IReadOnlyList<long> ActorIds { get; init; } = [];

    /// <summary>Words to find, as in the article list (normalised full-text search).</summary>
    public string? Query { get; init; }

    /// <summary>Days in the range, both ends included.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>
    /// The daily rollups are kept per day and outlet only: a topic, an actor or a text query needs the raw tables to
    /// know which articles are in (an article can have several topics and actors, so rollup rows cannot be combined).
    /// </summary>
    public bool NeedsRawTables => TopicKeys.Count > 0 || ActorIds.Count > 0 || FtsMatch is not null;

    internal string? FtsMatch => ArticleQueries.ToFtsQuery(Query);

    public string FromDay => From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string ToDay => To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>First instant after the range, for comparisons against <c>published_at</c>.</summary>
    internal string ToExclusive => To.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The same filter over the period of equal length just before this one.</summary>
    public DashboardFilter PreviousPeriod() => this with { From = From.AddDays(-Days), To = From.AddDays(-1) };

    /// <summary>The filter's range with the ends in order and at most <paramref name="maxDays"/> long.</summary>
    public DashboardFilter Normalized(int maxDays = 3660)
    {
        var (from, to) = From <= To ? (From, To) : (To, From);
        if (to.DayNumber - from.DayNumber + 1 > maxDays)
        {
            from = to.AddDays(-(maxDays - 1));
        }

        return this with { From = from, To = to };
    }

    /// <summary>A stable text of everything that changes a result, for caching.</summary>
    public string CacheKey
    {
        get
        {
            var sb = new StringBuilder();
            sb.Append(FromDay).Append('|').Append(ToDay)
              .Append("|s:").AppendJoin(',', SourceIds.Order())
              .Append("|t:").AppendJoin(',', TopicKeys.Order(StringComparer.Ordinal))
              .Append("|a:").AppendJoin(',', ActorIds.Order())
              .Append("|q:").Append(FtsMatch);
            return sb.ToString();
        }
    }
}
