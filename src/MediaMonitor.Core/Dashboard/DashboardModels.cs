namespace MediaMonitor.Core.Dashboard;

/// <summary>Which tables a dashboard query reads: the daily rollups when the filter allows it, or always the raw tables.</summary>
public enum DashboardSource
{
    /// <summary>Rollups when the filter is days and outlets only; raw tables otherwise.</summary>
    Auto,

    /// <summary>Always the raw tables (articles, mentions, quotes, article_topics, FTS): the benchmark's baseline.</summary>
    RawTables,
}

/// <summary>How the volume timeline is stacked.</summary>
public enum VolumeSplit
{
    Topic,
    Outlet,
}

/// <summary>The four headline counts over the filtered articles.</summary>
public sealed record DashboardTotals
{
    public long Articles { get; init; }
    public long Outlets { get; init; }
    public long Actors { get; init; }
    public long Quotes { get; init; }
}

/// <summary>The headline counts in range and over the period of equal length just before it.</summary>
public sealed record DashboardKpis(DashboardTotals Current, DashboardTotals Previous)
{
    /// <summary>Relative change in percent, or null when the previous period had none.</summary>
    public static double? Change(long current, long previous) =>
        previous == 0 ? null : (current - previous) * 100.0 / previous;
}

/// <summary>One line of a per-day chart: a key for drill-down (topic key, outlet id, actor id) and one value per day.</summary>
public sealed record DailyLine(string Key, string Name, IReadOnlyList<long> Values);

/// <summary>How many days one point of a timeline covers: a day up to three months, a week up to two years, else a month.</summary>
public enum TimeBucket
{
    Day,
    Week,
    Month,
}

/// <summary>
/// Values for every period of the range (zero-filled), one line per topic, outlet or actor. <see cref="Days"/> are the
/// labels (yyyy-MM-dd of the period's first day; yyyy-MM for months); <see cref="Starts"/> and <see cref="Ends"/> the
/// first and last day of each period, inside the filter's range.
/// </summary>
public sealed record DailySeries(IReadOnlyList<string> Days, IReadOnlyList<DailyLine> Lines, TimeBucket Bucket, IReadOnlyList<DateOnly> Starts, IReadOnlyList<DateOnly> Ends);

public sealed record ActorTotal
{
    public long Id { get; init; }
    public required string Name { get; init; }
    public required string Type { get; init; }

    /// <summary>Filtered articles that mention the actor or quote them.</summary>
    public long Articles { get; init; }
}

public sealed record SpeakerTotal
{
    public long Id { get; init; }
    public required string Name { get; init; }
    public required string Type { get; init; }

    /// <summary>Quotations attributed to the speaker in the filtered articles.</summary>
    public long Quotes { get; init; }
}

public sealed record TopicTotal
{
    public long Id { get; init; }
    public required string Key { get; init; }
    public required string Name { get; init; }
    public long Articles { get; init; }
}

public sealed record OutletTotal
{
    public long Id { get; init; }
    public required string Name { get; init; }
    public long Articles { get; init; }
    public long Quotes { get; init; }
}

/// <summary>
/// How often the top actors appear in the same filtered article. <see cref="Counts"/>[i][j] is the number of articles
/// with both actor i and actor j (i ≠ j); the diagonal is zero.
/// </summary>
public sealed record CoOccurrence(IReadOnlyList<ActorTotal> Actors, IReadOnlyList<IReadOnlyList<long>> Counts);

/// <summary>An actor as the filter bar offers and shows it.</summary>
public sealed record ActorOption
{
    public long Id { get; init; }
    public required string Name { get; init; }
    public required string Type { get; init; }
}

/// <summary>A topic as the filter bar offers it.</summary>
public sealed record TopicOption
{
    public long Id { get; init; }
    public required string Key { get; init; }
    public required string Name { get; init; }
}
