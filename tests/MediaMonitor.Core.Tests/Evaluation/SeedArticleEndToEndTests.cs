using System.Text.Json.Nodes;
using Dapper;
using MediaMonitor.Analysis.Text;
using MediaMonitor.Core.Actors;
using MediaMonitor.Core.Analysis;
using MediaMonitor.Core.Importing;
using MediaMonitor.Core.Ingestion;
using MediaMonitor.Core.Setup;
using MediaMonitor.Core.Tests.TestSupport;
using Xunit.Abstractions;

namespace MediaMonitor.Core.Tests.Evaluation;

/// <summary>
/// The seed article through the whole pipeline (reader, analysis, registry, SQLite) against its gold annotation:
/// what an analyst sees is what the gold says.
/// </summary>
public sealed class SeedArticleEndToEndTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private readonly TempDatabase db = new();
    private JsonNode gold = null!;
    private string body = "";
    private long articleId;

    public async Task InitializeAsync()
    {
        if (!SharedCorpus.IsAvailable)
        {
            return;
        }

        var actors = new ActorQueries(db.Factory, db.WriteGate, TimeProvider.System);
        await new RegistrySeeder(db.Factory, actors, new TopicQueries(db.Factory, db.WriteGate)).SeedAsync();
        var reader = new ArticleSourceReader(new ReaderOptions());
        var report = await db.Importer().ImportAsync(reader.ReadAsync([SharedCorpus.SeedArticle]), new ImportRequest { Inputs = "seed", InitiatedBy = "test" });
        Assert.Equal(1, report.Imported);
        gold = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(SharedCorpus.CorpusPath, "seed", "kadhimi-nato.gold.json")))!;
        using var connection = db.Factory.Open();
        (articleId, body) = connection.QuerySingle<(long, string)>("SELECT id, body FROM articles");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => db.Dispose();

    [SharedCorpusFact]
    public void BylineIsStoredAsAuthorSourceAndDateline()
    {
        using var connection = db.Factory.Open();
        var stored = connection.QuerySingle<(string Author, string Source, string Dateline)>(
            "SELECT a.author, s.name, a.dateline FROM articles a JOIN sources s ON s.id = a.source_id");
        var byline = gold["byline"]!;

        Assert.Equal(byline["authors"]![0]!.GetValue<string>(), stored.Author);
        Assert.Equal(byline["source"]!.GetValue<string>(), stored.Source);
        Assert.Equal(byline["dateline"]!.GetValue<string>(), stored.Dateline);
    }

    [SharedCorpusFact]
    public void QuotationsKindsAndSpeakersMatchTheGold()
    {
        using var connection = db.Factory.Open();
        var stored = connection.Query<(string Text, string Kind, long? Speaker)>(
            "SELECT text, kind, speaker_actor_id FROM quotes WHERE article_id = @Id ORDER BY start", new { Id = articleId }).ToList();
        var expected = gold["quotes"]!.AsArray().Select(q => (Text: q!["text"]!.GetValue<string>(), Kind: q["kind"]!.GetValue<string>(), Speaker: q["speaker"]!.GetValue<string>())).ToList();

        Assert.Equal(expected.Count, stored.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(Normalize(expected[i].Text), Normalize(stored[i].Text));
            Assert.Equal(expected[i].Kind, stored[i].Kind);
            Assert.Equal(ActorIdOf(connection, expected[i].Speaker), stored[i].Speaker);
        }

        foreach (var notQuote in gold["not_quotes"]!.AsArray())
        {
            Assert.DoesNotContain(stored, q => Normalize(q.Text) == Normalize(notQuote!.GetValue<string>()));
        }
    }

    [SharedCorpusFact]
    public void EveryGoldActorIsOneActorCoveringAllItsSurfaceForms()
    {
        using var connection = db.Factory.Open();
        var mentions = connection.Query<(long Actor, int Start, int Length, string Name)>(
            "SELECT m.actor_id, m.start, m.length, a.name_ar FROM mentions m JOIN actors a ON a.id = m.actor_id WHERE m.article_id = @Id",
            new { Id = articleId }).ToList();
        foreach (var group in mentions.GroupBy(m => m.Name))
        {
            output.WriteLine($"{group.Key}: {string.Join(" | ", group.Select(m => body.Substring(m.Start, m.Length)).Distinct())}");
        }

        var problems = new List<string>();
        foreach (var actor in gold["actors"]!.AsArray())
        {
            var name = actor!["name"]!.GetValue<string>();
            var forms = actor["surface_forms"]!.AsArray().Select(f => f!.GetValue<string>()).ToList();
            if (!forms.Any(f => body.Contains(f, StringComparison.Ordinal)))
            {
                continue; // the byline author and the dateline are not in the body; the byline test covers them
            }

            var id = ActorIdOf(connection, name);
            if (id is null)
            {
                problems.Add($"{name}: no actor of that name");
                continue;
            }

            foreach (var form in forms)
            {
                for (var at = body.IndexOf(form, StringComparison.Ordinal); at >= 0; at = body.IndexOf(form, at + 1, StringComparison.Ordinal))
                {
                    // Whole words only: "العراق" inside "العراقية" is not a mention of Iraq.
                    var end = at + form.Length;
                    if (end < body.Length && ArabicNormalizer.IsWordChar(body[end]))
                    {
                        continue;
                    }

                    var start = at;
                    if (!mentions.Any(m => m.Actor == id && m.Start < start + form.Length && start < m.Start + m.Length))
                    {
                        problems.Add($"{name}: \"{form}\" at {at} is not a mention of it");
                    }
                }
            }
        }

        foreach (var problem in problems)
        {
            output.WriteLine(problem);
        }

        Assert.Empty(problems);
    }

    /// <summary>The actor an analyst would find under this name: by its name or any alias.</summary>
    private long? ActorIdOf(System.Data.IDbConnection connection, string name) => connection.Query<long>(
        """
        SELECT al.actor_id FROM actor_aliases al
        WHERE al.alias_norm = @Norm
        ORDER BY EXISTS (SELECT 1 FROM mentions m WHERE m.actor_id = al.actor_id AND m.article_id = @Id) DESC,
                 EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_actor_id = al.actor_id AND q.article_id = @Id) DESC
        LIMIT 1
        """, new { Norm = ArabicNormalizer.NormalizeForMatching(name), Id = articleId }).Cast<long?>().FirstOrDefault();

    private static string Normalize(string text) => ArabicNormalizer.NormalizeForMatching(text).Trim(' ', '.', '،');
}
