using Dapper;
using MediaMonitor.Analysis.Text;
using MediaMonitor.Core.Actors;
using MediaMonitor.Core.Analysis;
using MediaMonitor.Core.Dashboard;
using MediaMonitor.Core.Demo;
using MediaMonitor.Core.Importing;
using MediaMonitor.Core.Ingestion;
using MediaMonitor.Core.Setup;
using MediaMonitor.Core.Tests.TestSupport;

namespace MediaMonitor.Core.Tests.Dashboard;

/// <summary>
/// A real SQLite file with 900 fictional demo articles (the full import: analysis, rollups, FTS), and the raw rows read
/// back into memory so that tests can compute every dashboard figure directly, without the rollups or the queries'
/// SQL.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime, IDisposable
{
    public static readonly DateOnly End = new(2026, 1, 31);

    private readonly TempDatabase db = new();

    public TempDatabase Database => db;

    public IReadOnlyList<RawArticle> Articles { get; private set; } = [];

    /// <summary>Distinct (article, actor) pairs: the actor is mentioned in the article or quoted in it.</summary>
    public IReadOnlyList<(long Article, long Actor)> Appearances { get; private set; } = [];

    public IReadOnlyList<(long Article, long Speaker)> Quotes { get; private set; } = [];

    public IReadOnlyList<(long Article, long Topic)> ArticleTopics { get; private set; } = [];

    public IReadOnlyDictionary<long, string> TopicKeys { get; private set; } = new Dictionary<long, string>();

    public IReadOnlyDictionary<long, (string Type, string Status)> Actors { get; private set; } = new Dictionary<long, (string, string)>();

    /// <summary>A word found in a fair share (10–40%) of the articles, picked from the data, for the text filter.</summary>
    public string FrequentWord { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var actors = new ActorQueries(db.Factory, db.WriteGate, TimeProvider.System);
        var seeder = new RegistrySeeder(db.Factory, actors, new TopicQueries(db.Factory, db.WriteGate));
        await seeder.SeedAsync();
        await seeder.SeedDemoActorsAsync();
        var drafts = DemoCorpus.Generate(new DemoOptions(900, End, 45)).Select(ReadResult.Ok).ToAsyncEnumerable();
        var report = await db.Importer().ImportAsync(drafts, new ImportRequest { Inputs = "demo", InitiatedBy = "test", IsDemo = true, SourceKind = "demo" });
        Assert.Equal(0, report.Failed);

        await using var connection = await db.Factory.OpenAsync();
        Articles = (await connection.QueryAsync<RawArticle>("SELECT id, source_id, published_at, title, body FROM articles")).AsList();
        Appearances = (await connection.QueryAsync<(long, long)>("""
            SELECT article_id, actor_id FROM mentions
            UNION SELECT article_id, speaker_actor_id FROM quotes WHERE speaker_actor_id IS NOT NULL
            """)).AsList();
        Quotes = (await connection.QueryAsync<(long, long?)>("SELECT article_id, speaker_actor_id FROM quotes"))
            .Select(q => (q.Item1, q.Item2 ?? 0)).ToList();
        ArticleTopics = (await connection.QueryAsync<(long, long)>("SELECT article_id, topic_id FROM article_topics")).AsList();
        TopicKeys = (await connection.QueryAsync<(long, string)>("SELECT id, key FROM topics")).ToDictionary(t => t.Item1, t => t.Item2);
        Actors = (await connection.QueryAsync<(long, string, string)>("SELECT id, type, status FROM actors")).ToDictionary(a => a.Item1, a => (a.Item2, a.Item3));

        var documentFrequency = Articles
            .SelectMany(a => Words(a.Title + " " + a.Body).Distinct())
            .GroupBy(w => w, StringComparer.Ordinal)
            .Select(g => (Word: g.Key, Count: g.Count()))
            .Where(w => w.Word.Length >= 4 && w.Count >= Articles.Count / 10 && w.Count <= Articles.Count * 4 / 10)
            .OrderByDescending(w => w.Count).ThenBy(w => w.Word, StringComparer.Ordinal)
            .ToList();
        FrequentWord = documentFrequency[0].Word;
    }

    public DashboardQueries Queries(DashboardSource source) => new(db.Factory) { Source = source };

    /// <summary>The articles a filter selects, computed in memory from the raw rows.</summary>
    public IReadOnlyList<RawArticle> Select(DashboardFilter filter)
    {
        var topics = filter.TopicKeys.ToHashSet(StringComparer.Ordinal);
        var withTopic = ArticleTopics.Where(t => topics.Contains(TopicKeys[t.Topic])).Select(t => t.Article).ToHashSet();
        var actors = filter.ActorIds.ToHashSet();
        var withActor = Appearances.Where(a => actors.Contains(a.Actor)).Select(a => a.Article).ToHashSet();
        var words = filter.Query is null ? [] : Words(filter.Query).ToList();
        return Articles.Where(a =>
                a.Day >= filter.From && a.Day <= filter.To
                && (filter.SourceIds.Count == 0 || filter.SourceIds.Contains(a.SourceId))
                && (topics.Count == 0 || withTopic.Contains(a.Id))
                && (actors.Count == 0 || withActor.Contains(a.Id))
                && (words.Count == 0 || words.All(w => a.Words.Contains(w))))
            .ToList();
    }

    public static IEnumerable<string> Words(string text) =>
        ArabicNormalizer.NormalizeForMatching(text)
            .Split(c => !char.IsLetterOrDigit(c))
            .Where(w => w.Length > 0);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => db.Dispose();

    public sealed record RawArticle
    {
        private HashSet<string>? words;

        public long Id { get; init; }
        public long SourceId { get; init; }
        public required string PublishedAt { get; init; }
        public required string Title { get; init; }
        public required string Body { get; init; }

        public DateOnly Day => DateOnly.ParseExact(PublishedAt[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        public HashSet<string> Words => words ??= [.. DashboardFixture.Words(Title + " " + Body)];
    }
}

internal static class SplitExtensions
{
    public static string[] Split(this string text, Func<char, bool> separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || separator(text[i]))
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        return [.. parts];
    }
}
