using System.Reflection;
using MediaMonitor.Analysis.Text;
using MediaMonitor.Core.Actors.Registry;

namespace MediaMonitor.Core.Tests.Actors.Registry;

/// <summary>
/// The registry JSON files read from the source folder (found through the test assembly's RepositoryRoot metadata),
/// so the content tests do not depend on how the Core project embeds them.
/// </summary>
internal static class RegistryFiles
{
    private static readonly Lazy<IReadOnlyList<StarterActor>> FromDisk = new(() => Load(Paths));

    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "src", "MediaMonitor.Core", "Actors", "Registry");

    public static IReadOnlyList<string> Paths => Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal).ToArray();

    public static IReadOnlyList<StarterActor> Actors => FromDisk.Value;

    /// <summary>Normalised surface form (canonical name and aliases) → the actors it names.</summary>
    public static ILookup<string, StarterActor> ByAlias(IEnumerable<StarterActor> actors) =>
        actors.SelectMany(a => SurfaceForms(a).Select(form => (Key: ArabicNormalizer.NormalizeForMatching(form), Actor: a)))
            .Distinct()
            .ToLookup(p => p.Key, p => p.Actor, StringComparer.Ordinal);

    public static IEnumerable<string> SurfaceForms(StarterActor actor) => [actor.NameAr, .. actor.Aliases];

    public static IReadOnlyList<StarterActor> Load(IEnumerable<string> paths)
    {
        var streams = paths.Select(p => (Stream)File.OpenRead(p)).ToArray();
        try
        {
            return StarterRegistry.Load(streams);
        }
        finally
        {
            foreach (var stream in streams)
            {
                stream.Dispose();
            }
        }
    }

    private static string RepositoryRoot() =>
        typeof(RegistryFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value
        ?? throw new InvalidOperationException("The test assembly has no RepositoryRoot metadata (set in Directory.Build.props).");
}
