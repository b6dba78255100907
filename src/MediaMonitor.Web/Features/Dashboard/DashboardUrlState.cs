using System.Globalization;
using MediaMonitor.Core.Dashboard;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;

namespace MediaMonitor.Web.Features.Dashboard;

/// <summary>A date range relative to the anchor day (today, or the last day with articles when that is earlier).</summary>
public enum DatePreset
{
    Today,
    Days7,
    Days30,
    Days90,
    Custom,
}

/// <summary>
/// The dashboard's filter as it lives in the URL: <c>range</c> (today, 7, 30, 90; 30 when absent) or <c>from</c> and
/// <c>to</c> (yyyy-MM-dd) for a custom range, <c>source</c>, <c>topic</c>, <c>actor</c> (repeatable) and <c>q</c>.
/// A dashboard is therefore a link: shared, reloaded, and walked with the back button.
/// </summary>
public sealed record DashboardUrlState
{
    public const DatePreset DefaultPreset = DatePreset.Days30;

    public DatePreset Preset { get; init; } = DefaultPreset;
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public IReadOnlyList<long> Sources { get; init; } = [];
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyList<long> Actors { get; init; } = [];
    public string? Text { get; init; }

    public static DashboardUrlState Parse(string? range, string? from, string? to, long[]? source, string[]? topic, long[]? actor, string? q)
    {
        var fromDay = ParseDay(from);
        var toDay = ParseDay(to);
        var custom = fromDay is not null || toDay is not null;
        return new DashboardUrlState
        {
            Preset = custom ? DatePreset.Custom : ParsePreset(range),
            From = custom ? fromDay ?? toDay : null,
            To = custom ? toDay ?? fromDay : null,
            Sources = Distinct(source),
            Topics = topic?.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.Ordinal).ToList() ?? [],
            Actors = Distinct(actor),
            Text = string.IsNullOrWhiteSpace(q) ? null : q.Trim(),
        };
    }

    /// <summary>Reads the state from a full URL (what the browser shows).</summary>
    public static DashboardUrlState FromUri(string uri)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri).Query);
        string? One(string key) => query.TryGetValue(key, out var v) ? v.ToString() : null;
        long[]? Longs(string key) => query.TryGetValue(key, out var v)
            ? v.Select(s => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (long?)null).OfType<long>().ToArray()
            : null;
        return Parse(One("range"), One("from"), One("to"), Longs("source"), query.TryGetValue("topic", out var t) ? t.OfType<string>().ToArray() : null, Longs("actor"), One("q"));
    }

    public DashboardUrlState WithPreset(DatePreset preset) => this with { Preset = preset, From = null, To = null };

    public DashboardUrlState WithRange(DateOnly from, DateOnly to) =>
        this with { Preset = DatePreset.Custom, From = from <= to ? from : to, To = from <= to ? to : from };

    /// <summary>The query-string parameters; null removes a parameter.</summary>
    public IReadOnlyDictionary<string, object?> QueryParameters() => new Dictionary<string, object?>
    {
        ["range"] = Preset switch
        {
            DatePreset.Today => "today",
            DatePreset.Days7 => "7",
            DatePreset.Days90 => "90",
            _ => null,
        },
        ["from"] = Preset == DatePreset.Custom ? From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        ["to"] = Preset == DatePreset.Custom ? To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        ["source"] = Sources.Count == 0 ? null : Sources.ToArray(),
        ["topic"] = Topics.Count == 0 ? null : Topics.ToArray(),
        ["actor"] = Actors.Count == 0 ? null : Actors.ToArray(),
        ["q"] = Text,
    };

    /// <summary>The dashboard's URL for this state (every other parameter of the current URL dropped).</summary>
    public string ToUrl(NavigationManager navigation, string path = "/")
    {
        ArgumentNullException.ThrowIfNull(navigation);
        return navigation.GetUriWithQueryParameters(navigation.ToAbsoluteUri(path).ToString(), QueryParameters());
    }

    /// <summary>The Core filter: presets end at <paramref name="anchor"/>.</summary>
    public DashboardFilter ToFilter(DateOnly anchor)
    {
        var (from, to) = Preset switch
        {
            DatePreset.Today => (anchor, anchor),
            DatePreset.Days7 => (anchor.AddDays(-6), anchor),
            DatePreset.Days90 => (anchor.AddDays(-89), anchor),
            DatePreset.Custom when From is { } f && To is { } t => (f, t),
            _ => (anchor.AddDays(-29), anchor),
        };
        return new DashboardFilter { From = from, To = to, SourceIds = Sources, TopicKeys = Topics, ActorIds = Actors, Query = Text }.Normalized();
    }

    /// <summary>Structural equality (the lists compare by content), so that a navigation that changes nothing reloads nothing.</summary>
    public bool SameAs(DashboardUrlState other) =>
        other is not null && Preset == other.Preset && From == other.From && To == other.To && Text == other.Text
        && Sources.SequenceEqual(other.Sources) && Topics.SequenceEqual(other.Topics, StringComparer.Ordinal) && Actors.SequenceEqual(other.Actors);

    private static DatePreset ParsePreset(string? range) => range?.Trim().ToUpperInvariant() switch
    {
        "TODAY" or "1" => DatePreset.Today,
        "7" => DatePreset.Days7,
        "90" => DatePreset.Days90,
        _ => DefaultPreset,
    };

    private static List<long> Distinct(long[]? values) => values?.Where(v => v > 0).Distinct().ToList() ?? [];

    private static DateOnly? ParseDay(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
