using System.Security.Cryptography;
using System.Text;
using Dapper;
using MediaMonitor.Analysis.Actors;
using MediaMonitor.Core.Actors;
using MediaMonitor.Core.Actors.Registry;
using MediaMonitor.Core.Analysis;
using MediaMonitor.Core.Demo;
using MediaMonitor.Core.Storage;

namespace MediaMonitor.Core.Setup;

/// <summary>
/// Puts the project's starter registry (actors) and starter topics into the database, once per version of them:
/// a changed starter file is seeded again at the next start, and users' own edits of other actors stay.
/// </summary>
public sealed class RegistrySeeder(SqliteConnectionFactory factory, ActorQueries actors, TopicQueries topics)
{
    private const string SettingKey = "starter_registry";

    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        await topics.SeedStarterTopicsAsync(cancellationToken).ConfigureAwait(false);
        var starter = StarterRegistry.Load();
        var fingerprint = Fingerprint(starter);
        await using (var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            var seeded = await connection.ExecuteScalarAsync<string?>("SELECT value FROM settings WHERE key = @Key", new { Key = SettingKey }).ConfigureAwait(false);
            if (seeded == fingerprint)
            {
                return false;
            }
        }

        await actors.SeedAsync(starter.Select(ToEntry), cancellationToken).ConfigureAwait(false);
        await using (var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            await connection.ExecuteAsync(
                "INSERT INTO settings (key, value) VALUES (@Key, @Value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                new { Key = SettingKey, Value = fingerprint }).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>The fictional demo world's actors, marked as demo so that removing the demo removes them too.</summary>
    public Task<int> SeedDemoActorsAsync(CancellationToken cancellationToken = default) =>
        actors.SeedAsync(DemoCorpus.Actors.Select(a => new RegistryEntry(
            "demo:" + a.Key,
            a.ArabicName,
            a.EnglishName,
            a.Type switch { DemoActorType.Person => ActorType.Person, DemoActorType.Organization => ActorType.Organization, _ => ActorType.Place },
            a.Aliases,
            a.Gender switch { DemoGender.Masculine => "m", DemoGender.Feminine => "f", _ => null },
            a.Role,
            a.Country,
            null,
            IsDemo: true)), cancellationToken);

    private static RegistryEntry ToEntry(StarterActor a) => new(
        a.Id,
        a.NameAr,
        a.NameEn,
        ActorQueries.ParseType(a.Type),
        a.Aliases,
        a.Gender,
        a.Role,
        a.Country,
        a.Kind);

    private static string Fingerprint(IEnumerable<StarterActor> starter)
    {
        var text = string.Join('\n', starter.Select(a => $"{a.Id}|{a.NameAr}|{a.NameEn}|{a.Type}|{string.Join(',', a.Aliases)}|{a.Gender}|{a.Role}|{a.Country}|{a.Kind}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
