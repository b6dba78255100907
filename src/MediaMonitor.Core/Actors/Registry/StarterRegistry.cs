using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace MediaMonitor.Core.Actors.Registry;

/// <summary>
/// The project's own starter actor registry: places, organisations and people as JSON files in this folder, embedded
/// in the assembly. Loading checks the structure (ids, names, types) so that a hand-edited file fails loudly, naming
/// the file and the entry, instead of seeding a half-read registry.
/// </summary>
public static partial class StarterRegistry
{
    /// <summary>Manifest names of the embedded files start with this (root namespace + folder).</summary>
    public const string ResourcePrefix = "MediaMonitor.Core.Actors.Registry.";

    public const string Person = "person";
    public const string Organization = "organization";
    public const string Place = "place";

    private static readonly FrozenSet<string> Types = FrozenSet.Create(StringComparer.Ordinal, Person, Organization, Place);

    /// <summary>
    /// The starter registry ready for matching without a database (`mm ner`, `mm bench analyze`, evaluations); ids are
    /// positions, not database ids.
    /// </summary>
    public static MediaMonitor.Analysis.Registry.ActorRegistry ToActorRegistry() =>
        new(Load().Select((a, i) => new MediaMonitor.Analysis.Registry.RegistryActor(i + 1, a.NameAr, ActorQueries.ParseType(a.Type), a.Aliases)));

    /// <summary>Reads every embedded <c>*.json</c> file of the registry.</summary>
    public static IReadOnlyList<StarterActor> Load()
    {
        var assembly = typeof(StarterRegistry).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (names.Count == 0)
        {
            throw new InvalidOperationException(
                $"{assembly.GetName().Name} embeds no starter registry ({ResourcePrefix}*.json): its project must embed Actors\\Registry\\*.json.");
        }

        var files = new List<(string Name, Stream Stream)>(names.Count);
        try
        {
            foreach (var name in names)
            {
                files.Add((name[ResourcePrefix.Length..], assembly.GetManifestResourceStream(name)
                    ?? throw new InvalidOperationException($"Embedded resource {name} could not be opened.")));
            }

            return Read(files);
        }
        finally
        {
            foreach (var (_, stream) in files)
            {
                stream.Dispose();
            }
        }
    }

    /// <summary>Reads registry files given as streams (each a JSON array of actors); the caller keeps the streams.</summary>
    public static IReadOnlyList<StarterActor> Load(params Stream[] files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Read(files.Select((stream, i) => ($"file {i + 1}", stream)));
    }

    private static List<StarterActor> Read(IEnumerable<(string Name, Stream Stream)> files)
    {
        var actors = new List<StarterActor>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, stream) in files)
        {
            ArgumentNullException.ThrowIfNull(stream, nameof(files));
            List<StarterActorEntry?>? entries;
            try
            {
                entries = JsonSerializer.Deserialize(stream, StarterRegistryJsonContext.Default.ListStarterActorEntry);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"Starter registry {file}: {e.Message}", e);
            }

            foreach (var entry in entries ?? [])
            {
                var actor = ToActor(entry, file);
                if (!seen.TryAdd(actor.Id, file))
                {
                    throw new InvalidDataException($"Starter registry {file}: id \"{actor.Id}\" is already used in {seen[actor.Id]}.");
                }

                actors.Add(actor);
            }
        }

        return actors;
    }

    private static StarterActor ToActor(StarterActorEntry? entry, string file)
    {
        if (entry is null)
        {
            throw new InvalidDataException($"Starter registry {file}: null entry.");
        }

        var id = entry.Id?.Trim();
        if (string.IsNullOrEmpty(id) || !IdPattern().IsMatch(id))
        {
            throw new InvalidDataException(
                $"Starter registry {file}: id \"{entry.Id}\" (Arabic name \"{entry.NameAr}\") must be a lower-case ASCII slug such as \"iq-foreign-ministry\".");
        }

        var nameAr = entry.NameAr?.Trim();
        if (string.IsNullOrEmpty(nameAr))
        {
            throw new InvalidDataException($"Starter registry {file}: \"{id}\" has no nameAr.");
        }

        if (entry.Type is null || !Types.Contains(entry.Type))
        {
            throw new InvalidDataException($"Starter registry {file}: \"{id}\" has type \"{entry.Type}\"; expected person, organization or place.");
        }

        if (entry.Gender is not (null or "m" or "f"))
        {
            throw new InvalidDataException($"Starter registry {file}: \"{id}\" has gender \"{entry.Gender}\"; expected m or f.");
        }

        var aliases = (entry.Aliases ?? [])
            .Select(a => a?.Trim())
            .Where(a => !string.IsNullOrEmpty(a))
            .Select(a => a!)
            .ToArray();

        return new StarterActor(id, nameAr, Blank(entry.NameEn), entry.Type, aliases, entry.Gender, Blank(entry.Role), Blank(entry.Country), Blank(entry.Kind))
        {
            AsOf = entry.AsOf,
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}

/// <summary>One entry as written in a registry file; everything nullable so that a missing field gets a clear message.</summary>
internal sealed record StarterActorEntry(
    string? Id,
    string? Type,
    string? Kind,
    string? NameAr,
    string? NameEn,
    IReadOnlyList<string?>? Aliases,
    string? Gender,
    string? Country,
    string? Role,
    int? AsOf);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(List<StarterActorEntry?>))]
internal sealed partial class StarterRegistryJsonContext : JsonSerializerContext;
