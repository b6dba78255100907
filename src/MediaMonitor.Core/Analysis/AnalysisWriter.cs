using MediaMonitor.Analysis.Actors;
using MediaMonitor.Analysis.Quotes;
using MediaMonitor.Analysis.Registry;
using MediaMonitor.Analysis.Text;
using MediaMonitor.Core.Actors;
using Microsoft.Data.Sqlite;

namespace MediaMonitor.Core.Analysis;

/// <summary>
/// Stores one article's analysis inside the caller's transaction: mentions, quotations with their speaker actor,
/// topics, the daily rollups, and new (discovered) actors. Prepared statements, reused for a whole batch.
/// </summary>
internal sealed class AnalysisWriter : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly IReadOnlyDictionary<string, long> topicIds;
    private readonly string now;
    private readonly Dictionary<(string Name, ActorType Type), long> discovered = [];
    private readonly SqliteCommand insertMention;
    private readonly SqliteCommand insertQuote;
    private readonly SqliteCommand insertTopic;
    private readonly SqliteCommand bumpActorDay;
    private readonly SqliteCommand bumpActorPairDay;
    private readonly SqliteCommand bumpTopicDay;
    private readonly SqliteCommand bumpSourceQuotes;
    private readonly SqliteCommand insertDiscovered;
    private readonly SqliteCommand markAnalyzed;
    private readonly SqliteCommand findByAlias;

    public AnalysisWriter(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyDictionary<string, long> topicIds, string now)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.topicIds = topicIds;
        this.now = now;
        insertMention = Prepare("INSERT INTO mentions (article_id, actor_id, start, length, surface) VALUES (@A, @B, @C, @D, @E)", 5);
        insertQuote = Prepare("""
            INSERT INTO quotes (article_id, start, length, text, kind, speaker_actor_id, speaker_text, speaker_start, speaker_length, cue)
            VALUES (@A, @B, @C, @D, @E, @F, @G, @H, @I, @J)
            """, 10);
        insertTopic = Prepare("INSERT OR REPLACE INTO article_topics (article_id, topic_id, score) VALUES (@A, @B, @C)", 3);
        bumpActorDay = Prepare("""
            INSERT INTO actor_day (day, actor_id, source_id, articles, mentions, quotes) VALUES (@A, @B, @C, 1, @D, @E)
            ON CONFLICT (day, actor_id, source_id) DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions, quotes = quotes + excluded.quotes
            """, 5);
        bumpActorPairDay = Prepare("""
            INSERT INTO actor_pair_day (actor_a, actor_b, day, source_id, articles) VALUES (@A, @B, @C, @D, 1)
            ON CONFLICT (actor_a, actor_b, day, source_id) DO UPDATE SET articles = articles + 1
            """, 4);
        bumpTopicDay = Prepare("""
            INSERT INTO topic_day (day, topic_id, source_id, articles, quotes) VALUES (@A, @B, @C, 1, @D)
            ON CONFLICT (day, topic_id, source_id) DO UPDATE SET articles = articles + 1, quotes = quotes + excluded.quotes
            """, 4);
        bumpSourceQuotes = Prepare("UPDATE source_day SET quotes = quotes + @A WHERE day = @B AND source_id = @C", 3);
        insertDiscovered = Prepare("""
            INSERT INTO actors (name_ar, type, status, first_seen, created_at) VALUES (@A, @B, 'discovered', @C, @D) RETURNING id
            """, 4);
        markAnalyzed = Prepare("UPDATE articles SET analysis_version = @A WHERE id = @B", 2);
        // Another import may have discovered the same name since this batch's registry was loaded.
        findByAlias = Prepare("""
            SELECT a.id FROM actor_aliases al JOIN actors a ON a.id = al.actor_id
            WHERE al.alias_norm = @A AND a.type = @B AND a.status <> 'ignored' ORDER BY a.id LIMIT 1
            """, 2);
    }

    public void Write(long articleId, long sourceId, string day, string body, AnalyzedArticle analyzed)
    {
        var perActor = new Dictionary<long, (int Mentions, int Quotes)>();
        foreach (var mention in analyzed.Linked.Mentions.Where(m => !m.IsUnnamed))
        {
            var actorId = ActorId(mention.Actor, day);
            Run(insertMention, articleId, actorId, mention.Span.Start, mention.Span.Length, body.Substring(mention.Span.Start, mention.Span.Length));
            var counts = perActor.GetValueOrDefault(actorId);
            perActor[actorId] = (counts.Mentions + 1, counts.Quotes);
        }

        foreach (var linked in analyzed.Linked.Quotations)
        {
            var quote = linked.Quotation;
            long? speakerId = linked.Speaker is null ? null : ActorId(linked.Speaker, day);
            Run(insertQuote, articleId, quote.Span.Start, quote.Span.Length, quote.Text,
                quote.Kind == QuoteKind.Direct ? "direct" : "indirect",
                speakerId, quote.Speaker?.Name, quote.Speaker?.Mention.Start, quote.Speaker?.Mention.Length, quote.Cue);
            if (speakerId is { } id)
            {
                var counts = perActor.GetValueOrDefault(id);
                perActor[id] = (counts.Mentions, counts.Quotes + 1);
            }
        }

        foreach (var (actorId, counts) in perActor)
        {
            Run(bumpActorDay, day, actorId, sourceId, counts.Mentions, counts.Quotes);
        }

        // Every pair of distinct actors of the article, smaller id first (the dashboard's co-occurrence).
        var ids = perActor.Keys.Order().ToArray();
        for (var i = 0; i < ids.Length; i++)
        {
            for (var j = i + 1; j < ids.Length; j++)
            {
                Run(bumpActorPairDay, ids[i], ids[j], day, sourceId);
            }
        }

        var quotes = analyzed.Linked.Quotations.Count;
        foreach (var topic in analyzed.Topics)
        {
            if (topicIds.TryGetValue(topic.Key, out var topicId))
            {
                Run(insertTopic, articleId, topicId, topic.Score);
                Run(bumpTopicDay, day, topicId, sourceId, quotes);
            }
        }

        if (quotes > 0)
        {
            Run(bumpSourceQuotes, quotes, day, sourceId);
        }

        Run(markAnalyzed, ArticleAnalysisRunner.Version, articleId);
    }

    /// <summary>The id of a registry actor, or of a discovered one (created on first sight, then reused).</summary>
    private long ActorId(ActorRef actor, string day)
    {
        if (actor.Known is { } known)
        {
            return known.Id;
        }

        if (discovered.TryGetValue((actor.Name, actor.Type), out var id))
        {
            return id;
        }

        var type = ActorQueries.TypeName(actor.Type);
        if (Run(findByAlias, [ArabicNormalizer.NormalizeForMatching(actor.Name), type], scalar: true) is long existing)
        {
            id = existing;
        }
        else
        {
            id = (long)Run(insertDiscovered, actor.Name, type, day, now, scalar: true)!;
            ActorQueries.AddAliases(connection, transaction, id, [actor.Name]);
        }

        discovered[(actor.Name, actor.Type)] = id;
        return id;
    }

    public void Dispose()
    {
        foreach (var command in new[] { insertMention, insertQuote, insertTopic, bumpActorDay, bumpActorPairDay, bumpTopicDay, bumpSourceQuotes, insertDiscovered, markAnalyzed, findByAlias })
        {
            command.Dispose();
        }
    }

    private SqliteCommand Prepare(string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = "@" + (char)('A' + i) });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values) => Run(command, values, scalar: false);

    private static object? Run(SqliteCommand command, object? a, object? b, object? c, object? d, bool scalar) =>
        Run(command, [a, b, c, d], scalar);

    private static object? Run(SqliteCommand command, object?[] values, bool scalar)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return scalar ? command.ExecuteScalar() : command.ExecuteNonQuery();
    }
}
