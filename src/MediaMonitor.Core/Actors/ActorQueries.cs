using System.Globalization;
using Dapper;
using MediaMonitor.Analysis.Actors;
using MediaMonitor.Analysis.Registry;
using MediaMonitor.Analysis.Text;
using MediaMonitor.Core.Storage;
using Microsoft.Data.Sqlite;

namespace MediaMonitor.Core.Actors;

/// <summary>An actor as a registry file gives it (starter registry, demo world): keyed so a later version updates it.</summary>
public sealed record RegistryEntry(
    string Key,
    string NameAr,
    string? NameEn,
    ActorType Type,
    IReadOnlyList<string> Aliases,
    string? Gender,
    string? Role,
    string? Country,
    string? Kind,
    bool IsDemo = false);

public sealed record ActorCount
{
    public long Id { get; init; }
    public required string Name { get; init; }
    public required string Type { get; init; }
    public required string Status { get; init; }
    public int Articles { get; init; }
    public int Mentions { get; init; }
    public int Quotes { get; init; }
}

/// <summary>The actor registry in the database: seeding, loading for analysis, counts.</summary>
public sealed class ActorQueries(SqliteConnectionFactory factory, DatabaseWriteGate writeGate, TimeProvider time)
{
    private const string UpsertActor = """
        INSERT INTO actors (key, name_ar, name_en, type, status, gender, role, country, kind, is_demo, created_at)
        VALUES (@Key, @NameAr, @NameEn, @Type, 'curated', @Gender, @Role, @Country, @Kind, @IsDemo, @CreatedAt)
        ON CONFLICT (key) DO UPDATE SET name_ar = excluded.name_ar, name_en = excluded.name_en, type = excluded.type,
            gender = excluded.gender, role = excluded.role, country = excluded.country, kind = excluded.kind,
            status = CASE actors.status WHEN 'ignored' THEN 'ignored' ELSE 'curated' END
        RETURNING id
        """;

    private const string InsertAlias = """
        INSERT OR IGNORE INTO actor_aliases (alias_norm, actor_id, alias) VALUES (@AliasNorm, @ActorId, @Alias)
        """;

    // Curated actors first: when two actors share a name, the registry prefers the curated one.
    private const string SelectRegistry = """
        SELECT a.id, a.name_ar, a.type, a.status, al.alias
        FROM actors a LEFT JOIN actor_aliases al ON al.actor_id = a.id
        WHERE a.status <> 'ignored'
        ORDER BY CASE a.status WHEN 'curated' THEN 0 ELSE 1 END, a.id
        """;

    private const string TopActors = """
        SELECT a.id, a.name_ar AS name, a.type, a.status, SUM(d.articles) AS articles, SUM(d.mentions) AS mentions, SUM(d.quotes) AS quotes
        FROM actor_day d JOIN actors a ON a.id = d.actor_id
        WHERE a.status <> 'ignored'
        GROUP BY a.id ORDER BY articles DESC, mentions DESC LIMIT @Limit
        """;

    private const string TopSpeakers = """
        SELECT a.id, a.name_ar AS name, a.type, a.status, SUM(d.articles) AS articles, SUM(d.mentions) AS mentions, SUM(d.quotes) AS quotes
        FROM actor_day d JOIN actors a ON a.id = d.actor_id
        WHERE a.status <> 'ignored'
        GROUP BY a.id HAVING SUM(d.quotes) > 0 ORDER BY quotes DESC LIMIT @Limit
        """;

    /// <summary>Adds or updates registry entries (by key) with their aliases; returns how many were written.</summary>
    public async Task<int> SeedAsync(IEnumerable<RegistryEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var gate = await writeGate.EnterAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction();
        var count = 0;
        var now = time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        foreach (var entry in entries)
        {
            var id = connection.ExecuteScalar<long>(UpsertActor, new
            {
                entry.Key,
                entry.NameAr,
                entry.NameEn,
                Type = TypeName(entry.Type),
                entry.Gender,
                entry.Role,
                entry.Country,
                entry.Kind,
                entry.IsDemo,
                CreatedAt = now,
            }, transaction);
            AddAliases(connection, transaction, id, entry.Aliases.Prepend(entry.NameAr));
            count++;
        }

        transaction.Commit();
        return count;
    }

    internal static void AddAliases(SqliteConnection connection, SqliteTransaction transaction, long actorId, IEnumerable<string> aliases) =>
        connection.Execute(
            InsertAlias,
            aliases.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal)
                .Select(a => new { AliasNorm = ArabicNormalizer.NormalizeForMatching(a), ActorId = actorId, Alias = a.Trim() }),
            transaction);

    /// <summary>The registry as the analysis uses it: every actor not ignored, with all its names.</summary>
    public static ActorRegistry LoadRegistry(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var rows = connection.Query<(long Id, string NameAr, string Type, string Status, string? Alias)>(SelectRegistry, transaction: transaction);
        var actors = new List<RegistryActor>();
        var byId = new Dictionary<long, (string Name, ActorType Type, bool Curated, List<string> Aliases)>();
        foreach (var row in rows)
        {
            if (!byId.TryGetValue(row.Id, out var actor))
            {
                byId[row.Id] = actor = (row.NameAr, ParseType(row.Type), row.Status == "curated", []);
            }

            if (row.Alias is not null)
            {
                actor.Aliases.Add(row.Alias);
            }
        }

        foreach (var (id, actor) in byId)
        {
            actors.Add(new RegistryActor(id, actor.Name, actor.Type, actor.Aliases, MatchInText: actor.Curated));
        }

        return new ActorRegistry(actors);
    }

    public async Task<ActorRegistry> LoadRegistryAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        return LoadRegistry(connection);
    }

    public async Task<IReadOnlyList<ActorCount>> TopActorsAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await connection.QueryAsync<ActorCount>(new CommandDefinition(TopActors, new { Limit = limit }, cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
    }

    public async Task<IReadOnlyList<ActorCount>> TopSpeakersAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await connection.QueryAsync<ActorCount>(new CommandDefinition(TopSpeakers, new { Limit = limit }, cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
    }

    public static string TypeName(ActorType type) => type switch
    {
        ActorType.Person => "person",
        ActorType.Organization => "organization",
        _ => "place",
    };

    public static ActorType ParseType(string type) => type switch
    {
        "person" => ActorType.Person,
        "organization" => ActorType.Organization,
        _ => ActorType.Place,
    };
}
