using System.Globalization;

namespace MediaMonitor.Core.Daily;

/// <summary>
/// A period of whole UTC days (both ends included) and, optionally, the outlets to keep: the shape of the
/// dashboard's filter, so the daily summary, the story counts and the briefing export take either.
/// </summary>
public sealed record PeriodFilter
{
    public PeriodFilter(DateOnly from, DateOnly to, IReadOnlyList<long>? sourceIds = null)
    {
        if (to < from)
        {
            throw new ArgumentException("The period ends before it starts.", nameof(to));
        }

        From = from;
        To = to;
        SourceIds = sourceIds ?? [];
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    /// <summary>Empty means every outlet.</summary>
    public IReadOnlyList<long> SourceIds { get; }

    public static PeriodFilter Day(DateOnly day, IReadOnlyList<long>? sourceIds = null) => new(day, day, sourceIds);

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>Bounds for <c>published_at &gt;= @From AND published_at &lt; @To</c> and for rollup days (<c>day BETWEEN</c>).</summary>
    public object Parameters => new
    {
        FromAt = DayText(From),
        ToAt = DayText(To.AddDays(1)),
        FromDay = DayText(From),
        ToDay = DayText(To),
        AnySource = SourceIds.Count == 0,
        Sources = SourceIds,
    };

    public static string DayText(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public bool IsSingleDay => From == To;
}
