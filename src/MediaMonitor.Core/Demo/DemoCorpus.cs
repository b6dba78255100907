using MediaMonitor.Core.Ingestion;

namespace MediaMonitor.Core.Demo;

/// <summary>
/// A deterministic, entirely fictional Arabic news corpus: invented countries, people, institutions and
/// outlets, written in wire style with quotations, carried-over speakers, statements and multi-day stories.
/// Loaded into an empty database on first start and, scaled up, used for benchmarks.
/// </summary>
public static class DemoCorpus
{
    /// <summary>Appended to every demo outlet's name to form <see cref="ArticleDraft.Source"/>.</summary>
    public const string SourceMarker = " (تجريبي)";

    public const string UrlHost = "demo.mediamonitor.invalid";
    public const string ExternalIdPrefix = "demo-";
    public const string OriginPrefix = "demo article ";

    /// <summary>The size the app loads on first start.</summary>
    public const int DefaultArticleCount = 1800;

    private static readonly HashSet<string> SourceSet = new(DemoWorld.Outlets.Select(o => o.Outlet.Source), StringComparer.Ordinal);

    public static IReadOnlyList<DemoActor> Actors => DemoWorld.Actors;

    public static IReadOnlyList<DemoOutlet> Outlets { get; } = [.. DemoWorld.Outlets.Select(o => o.Outlet)];

    public static IReadOnlyList<DemoCategory> Categories => DemoPhrases.Categories;

    /// <summary>Every <see cref="ArticleDraft.Source"/> value the demo corpus uses, for removing demo data in one go.</summary>
    public static IReadOnlyList<string> SourceNames { get; } = [.. DemoWorld.Outlets.Select(o => o.Outlet.Source)];

    public static bool IsDemoSource(string? source) => source is not null && SourceSet.Contains(source);

    /// <summary>
    /// Streams <see cref="DemoOptions.Articles"/> articles in publication order, dated within
    /// [EndDate − Days + 1, EndDate] at UTC+3. Same options, same articles.
    /// </summary>
    public static IEnumerable<ArticleDraft> Generate(DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Articles, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Days, 1, nameof(options));
        return new DemoComposer(options).Articles();
    }
}
