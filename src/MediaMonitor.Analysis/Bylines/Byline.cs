namespace MediaMonitor.Analysis.Bylines;

/// <summary>
/// What a byline or dateline line says: who wrote the piece, for which outlet, from which agency, and where.
/// Every part is optional; a line that names nothing recognisable gives <see cref="Empty"/>.
/// </summary>
/// <param name="Authors">People credited, in the order the line names them.</param>
/// <param name="Outlet">The newspaper, channel or site (e.g. "العربية.نت", "الوئام").</param>
/// <param name="Agency">The news agency or "وكالات" (e.g. "رويترز", "واس").</param>
/// <param name="City">The dateline place (a city, sometimes a country); several places are joined with "، ".</param>
public sealed record Byline(IReadOnlyList<string> Authors, string? Outlet, string? Agency, string? City)
{
    public static Byline Empty { get; } = new([], null, null, null);

    /// <summary>The outlet when the line names one, otherwise the agency: who the item is attributed to.</summary>
    public string? Source => Outlet ?? Agency;

    /// <summary>The authors joined with the Arabic comma, or null when there are none.</summary>
    public string? AuthorText => Authors.Count == 0 ? null : string.Join("، ", Authors);

    public bool IsEmpty => Authors.Count == 0 && Outlet is null && Agency is null && City is null;
}
