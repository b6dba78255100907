namespace MediaMonitor.Core.Daily;

/// <summary>A count of the period (per day) against its average per day over the baseline days before it.</summary>
public sealed record Comparison(double Value, double Baseline)
{
    /// <summary>Change against the baseline in percent; null when the baseline is zero (nothing to compare with).</summary>
    public double? ChangePercent => Baseline > 0 ? (Value - Baseline) / Baseline * 100 : null;
}

public sealed record TrendItem
{
    public required string Kind { get; init; }
    public long Id { get; init; }
    public required string Key { get; init; }
    public required string NameAr { get; init; }
    public string? NameEn { get; init; }
    public required string Type { get; init; }

    /// <summary>Articles (or quotations, for speakers) in the period.</summary>
    public int Count { get; init; }

    public required Comparison PerDay { get; init; }
}

/// <summary>An actor or topic far above its own baseline (see <see cref="SpikeRule"/>).</summary>
public sealed record Spike
{
    public required TrendItem Item { get; init; }
    public double Ratio { get; init; }
    public double ZScore { get; init; }
}

public sealed record KeyQuote
{
    public long QuoteId { get; init; }
    public long ArticleId { get; init; }
    public required string Text { get; init; }
    public long? SpeakerId { get; init; }
    public required string Speaker { get; init; }
    public string? SpeakerEn { get; init; }
    public required string Source { get; init; }
    public required string PublishedAt { get; init; }
    public required string ArticleTitle { get; init; }
    public string? Url { get; init; }

    /// <summary>The reader at this quotation: <c>/articles/{id}#q-{quoteId}</c>.</summary>
    public string ReaderLink => $"/articles/{ArticleId}#q-{QuoteId}";
}

public sealed record DayVolume(string Day, int Articles, int Stories, int Outlets);

/// <summary>What a team lead reads each morning: the period's numbers against the days before it, and what stood out.</summary>
public sealed record DailySummary
{
    public required PeriodFilter Filter { get; init; }

    /// <summary>The day asked for when it had no articles and the latest day with data is shown instead.</summary>
    public DateOnly? RequestedDay { get; init; }

    public DateOnly? PreviousDay { get; init; }

    /// <summary>
    /// False on the first day of the data: nothing to compare with, so no actor is "new" and nothing "spikes"
    /// (both lists are left empty rather than listing everything).
    /// </summary>
    public bool HasHistory => PreviousDay is not null;
    public DateOnly? NextDay { get; init; }
    public int BaselineDays { get; init; }
    public required Comparison Articles { get; init; }
    public required Comparison Stories { get; init; }
    public required Comparison Outlets { get; init; }
    public required Comparison Quotes { get; init; }
    public IReadOnlyList<TrendItem> TopActors { get; init; } = [];
    public IReadOnlyList<TrendItem> TopTopics { get; init; } = [];
    public IReadOnlyList<TrendItem> NewActors { get; init; } = [];
    public IReadOnlyList<Spike> Spikes { get; init; } = [];
    public IReadOnlyList<Stories.StorySummary> TopStories { get; init; } = [];
    public IReadOnlyList<TrendItem> Speakers { get; init; } = [];
    public IReadOnlyList<KeyQuote> KeyQuotes { get; init; } = [];

    /// <summary>Articles, stories and outlets per day over the baseline and the period, for the chart.</summary>
    public IReadOnlyList<DayVolume> Volume { get; init; } = [];

    public bool IsEmpty => Articles.Value == 0;
}

/// <summary>
/// A spike (none when the baseline days have no article at all): at least <see cref="MinCount"/> articles per day in the period, at least <see cref="MinRatio"/> times the
/// average per day over the <see cref="BaselineDays"/> days before (an average under 0.5 counts as 0.5, so a name
/// that was never mentioned needs <see cref="MinCount"/> articles, not one), and a z-score of at least
/// <see cref="MinZScore"/> against the spread of those days (a spread under 1 counts as 1).
/// </summary>
public static class SpikeRule
{
    public const int MinCount = 3;
    public const double MinRatio = 3;
    public const double MinZScore = 2;
    public const int BaselineDays = 28;

    /// <summary>Mean and standard deviation per day over <paramref name="days"/> days, from the sum and the sum of squares of the daily counts.</summary>
    public static (double Mean, double StdDev) Baseline(int total, int squares, int days)
    {
        if (days <= 0)
        {
            return (0, 0);
        }

        var mean = (double)total / days;
        var variance = Math.Max(0, ((double)squares / days) - (mean * mean));
        return (mean, Math.Sqrt(variance));
    }

    /// <summary>The ratio and z-score of a per-day value against a baseline, or null when it is no spike.</summary>
    public static (double Ratio, double ZScore)? Evaluate(double perDay, double mean, double stdDev)
    {
        if (perDay < MinCount)
        {
            return null;
        }

        var ratio = perDay / Math.Max(mean, 0.5);
        var z = (perDay - mean) / Math.Max(stdDev, 1);
        return ratio >= MinRatio && z >= MinZScore ? (ratio, z) : null;
    }
}
