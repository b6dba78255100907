namespace MediaMonitor.Core.Actors.Registry;

/// <summary>
/// One curated actor of the project's starter registry. <see cref="Id"/> is a stable ASCII key, so that a later
/// version of the registry updates the actor instead of adding a second one. <see cref="Aliases"/> are further
/// Arabic surface forms; <see cref="NameAr"/> is always an alias too, without being repeated in the list.
/// </summary>
/// <param name="Type">person, organization or place.</param>
/// <param name="Gender">m or f: the agreement of a verb whose subject is this actor (قال/قالت); for organisations the
/// grammatical gender of the head noun (وزارة، حركة، وكالة → f; حزب، جيش، مجلس → m).</param>
/// <param name="Role">For people: the office as Arabic news names it (رئيس الوزراء العراقي).</param>
/// <param name="Country">ISO 3166-1 alpha-2 code (XK Kosovo, EH Western Sahara); null for international bodies and regions
/// that belong to no one country.</param>
/// <param name="Kind">Places: country, capital, city, region. Organisations and people: see the registry README.</param>
public sealed record StarterActor(
    string Id,
    string NameAr,
    string? NameEn,
    string Type,
    IReadOnlyList<string> Aliases,
    string? Gender,
    string? Role,
    string? Country,
    string? Kind)
{
    /// <summary>For people: the year the <see cref="Role"/> was last known to be right.</summary>
    public int? AsOf { get; init; }
}
