using MediaMonitor.Core.Stories;

namespace MediaMonitor.Core.Daily;

/// <summary>
/// Builds the <see cref="DailySummary"/> of a day (or any period and outlets, for the dashboard's briefing): every
/// count comes from SQL over the rollups and the article index; this class only compares and picks.
/// </summary>
public sealed class DailySummaryService(DailyQueries queries, StoryQueries stories, TimeProvider time)
{
    /// <summary>Days before the period that averages are taken over ("vs. the 7-day average").</summary>
    public const int BaselineDays = 7;

    public const int ListSize = 10;

    /// <summary>
    /// The summary of <paramref name="day"/> (today, UTC, when null); when that day has no articles, of the latest day
    /// that has, with <see cref="DailySummary.RequestedDay"/> set.
    /// </summary>
    public async Task<DailySummary> ForDayAsync(DateOnly? day, IReadOnlyList<long>? sourceIds = null, CancellationToken cancellationToken = default)
    {
        var requested = day ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var counts = await stories.CountsAsync(PeriodFilter.Day(requested, sourceIds), cancellationToken).ConfigureAwait(false);
        if (counts.Articles == 0 && await queries.LatestDayAsync(cancellationToken).ConfigureAwait(false) is { } latest && latest != requested)
        {
            var summary = await SummarizeAsync(PeriodFilter.Day(latest, sourceIds), cancellationToken).ConfigureAwait(false);
            return summary with { RequestedDay = requested };
        }

        return await SummarizeAsync(PeriodFilter.Day(requested, sourceIds), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The summary of any period: per-day values of the period against the <see cref="BaselineDays"/> days before it.</summary>
    public async Task<DailySummary> SummarizeAsync(PeriodFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var baselineFrom = filter.From.AddDays(-BaselineDays);
        var baseline = new PeriodFilter(baselineFrom, filter.From.AddDays(-1), filter.SourceIds);
        var spikeFrom = filter.From.AddDays(-SpikeRule.BaselineDays);
        var days = (double)filter.Days;

        var current = await stories.CountsAsync(filter, cancellationToken).ConfigureAwait(false);
        var before = await stories.CountsPerDayAsync(baseline, cancellationToken).ConfigureAwait(false);
        var quotes = await queries.QuotesAsync(filter, cancellationToken).ConfigureAwait(false);
        var quotesBefore = await queries.QuotesAsync(baseline, cancellationToken).ConfigureAwait(false);
        var inPeriod = await stories.CountsPerDayAsync(filter, cancellationToken).ConfigureAwait(false);

        var actors = await queries.TopActorsAsync(filter, baselineFrom, ListSize, cancellationToken).ConfigureAwait(false);
        var topics = await queries.TopTopicsAsync(filter, baselineFrom, ListSize, cancellationToken).ConfigureAwait(false);
        var newActors = await queries.NewActorsAsync(filter, ListSize, cancellationToken).ConfigureAwait(false);
        var speakers = await queries.SpeakersAsync(filter, baselineFrom, ListSize, cancellationToken).ConfigureAwait(false);
        var actorSpikes = await queries.ActorSpikeCandidatesAsync(filter, spikeFrom, (int)Math.Ceiling(SpikeRule.MinCount * days), cancellationToken).ConfigureAwait(false);
        var topicSpikes = await queries.TopicSpikeCandidatesAsync(filter, spikeFrom, (int)Math.Ceiling(SpikeRule.MinCount * days), cancellationToken).ConfigureAwait(false);
        var topStories = await stories.TopStoriesAsync(filter, ListSize, minArticles: 2, cancellationToken).ConfigureAwait(false);
        var keyQuotes = await queries.KeyQuotesAsync(filter, 8, cancellationToken).ConfigureAwait(false);

        var previousDay = await queries.PreviousDayAsync(filter.From, cancellationToken).ConfigureAwait(false);
        if (previousDay is null)
        {
            newActors = [];
        }

        // Without a single article in the baseline window there is no baseline, and everything would be a spike.
        var spikeBaseline = await stories.CountsAsync(new PeriodFilter(spikeFrom, filter.From.AddDays(-1), filter.SourceIds), cancellationToken).ConfigureAwait(false);
        if (spikeBaseline.Articles == 0)
        {
            actorSpikes = [];
            topicSpikes = [];
        }

        return new DailySummary
        {
            Filter = filter,
            PreviousDay = previousDay,
            NextDay = await queries.NextDayAsync(filter.To, cancellationToken).ConfigureAwait(false),
            BaselineDays = BaselineDays,
            Articles = new Comparison(current.Articles / days, before.Sum(d => d.Articles) / (double)BaselineDays),
            // Stories and outlets are distinct per day: the baseline averages each day's distinct count.
            Stories = new Comparison(filter.IsSingleDay ? current.Stories : inPeriod.Sum(d => d.Stories) / days, before.Sum(d => d.Stories) / (double)BaselineDays),
            Outlets = new Comparison(filter.IsSingleDay ? current.Outlets : inPeriod.Sum(d => d.Outlets) / days, before.Sum(d => d.Outlets) / (double)BaselineDays),
            Quotes = new Comparison(quotes / days, quotesBefore / (double)BaselineDays),
            TopActors = [.. actors.Select(r => Trend("actor", r, r.Articles, days))],
            TopTopics = [.. topics.Select(r => Trend("topic", r, r.Articles, days))],
            NewActors = [.. newActors.Select(r => Trend("actor", r, r.Articles, days))],
            Speakers = [.. speakers.Select(r => Trend("speaker", r, r.Quotes, days))],
            Spikes = [.. Spikes("actor", actorSpikes, days).Concat(Spikes("topic", topicSpikes, days)).OrderByDescending(s => s.ZScore).Take(ListSize)],
            TopStories = topStories,
            KeyQuotes = keyQuotes,
            Volume = [.. before.Concat(inPeriod).Select(d => new DayVolume(d.Day, d.Articles, d.Stories, d.Outlets))],
        };
    }

    private static TrendItem Trend(string kind, TrendRow row, int count, double days) => new()
    {
        Kind = kind,
        Id = row.Id,
        Key = row.Key,
        NameAr = row.NameAr,
        NameEn = row.NameEn,
        Type = row.Type,
        Count = count,
        PerDay = new Comparison(count / days, row.BaselineTotal / (double)BaselineDays),
    };

    private static IEnumerable<Spike> Spikes(string kind, IEnumerable<TrendRow> rows, double days)
    {
        foreach (var row in rows)
        {
            var (mean, sd) = SpikeRule.Baseline(row.BaselineTotal, row.BaselineSquares, SpikeRule.BaselineDays);
            if (SpikeRule.Evaluate(row.Articles / days, mean, sd) is { } found)
            {
                yield return new Spike
                {
                    Item = Trend(kind, row, row.Articles, days) with { PerDay = new Comparison(row.Articles / days, mean) },
                    Ratio = found.Ratio,
                    ZScore = found.ZScore,
                };
            }
        }
    }
}
