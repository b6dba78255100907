using System.Globalization;
using Dapper;
using MediaMonitor.Analysis.Stories;
using MediaMonitor.Core.Actors;
using MediaMonitor.Core.Storage;
using MediaMonitor.Core.Stories;

namespace MediaMonitor.Core.Analysis;

public sealed record ReanalysisProgress(int Done, int Total);

public sealed record ReanalysisReport(int Articles, int Mentions, int Quotes, int ArticleTopics, int DiscoveredActors, TimeSpan Elapsed);

/// <summary>
/// Rebuilds every article's mentions, quotations, topics and the daily rollups with the current registry and topic
/// rules (after they were edited, or after the analysis itself changed). Batches of articles, each one transaction;
/// the registry is re-read for every batch so names discovered in one batch are known to the next.
/// </summary>
public sealed class ReanalysisService(SqliteConnectionFactory factory, DatabaseWriteGate writeGate, TimeProvider time)
{
    private const int BatchSize = 500;

    private const string ClearRollups = """
        DELETE FROM actor_day;
        DELETE FROM actor_pair_day;
        DELETE FROM topic_day;
        UPDATE source_day SET quotes = 0 WHERE quotes <> 0;
        UPDATE articles SET story_id = NULL WHERE story_id IS NOT NULL;
        DELETE FROM stories;
        DELETE FROM story_bands;
        DELETE FROM story_quotes;
        DELETE FROM story_fingerprints;
        """;

    private const string BatchOfArticles = """
        SELECT id, source_id, title, body, published_at, substr(published_at, 1, 10) AS day FROM articles
        WHERE id > @After AND id <= @Last ORDER BY id LIMIT @Limit
        """;

    private const string ClearArticle = """
        DELETE FROM mentions WHERE article_id = @Id;
        DELETE FROM quotes WHERE article_id = @Id;
        DELETE FROM article_topics WHERE article_id = @Id;
        """;

    // Discovered actors nothing refers to any more (the rules changed) would only clutter lists.
    private const string DropOrphans = """
        DELETE FROM actors WHERE status = 'discovered'
          AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.actor_id = actors.id)
          AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_actor_id = actors.id)
        """;

    private const string Totals = """
        SELECT (SELECT COUNT(*) FROM mentions), (SELECT COUNT(*) FROM quotes), (SELECT COUNT(*) FROM article_topics),
               (SELECT COUNT(*) FROM actors WHERE status = 'discovered')
        """;

    private sealed record ArticleToAnalyze
    {
        public long Id { get; init; }
        public long SourceId { get; init; }
        public required string Title { get; init; }
        public required string Body { get; init; }
        public required string Day { get; init; }
        public required string PublishedAt { get; init; }
    }

    public async Task<ReanalysisReport> RunAsync(IProgress<ReanalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int total;
        TopicSet topics;
        await using (var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            total = await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM articles").ConfigureAwait(false);
            topics = TopicQueries.LoadSet(connection);
        }

        long last;
        using (await writeGate.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            // Articles imported from here on are analysed and counted by their import; this run takes those before.
            await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var transaction = connection.BeginTransaction();
            last = await connection.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(id), 0) FROM articles", transaction: transaction).ConfigureAwait(false);
            await connection.ExecuteAsync(ClearRollups, transaction: transaction).ConfigureAwait(false);
            transaction.Commit();
        }

        var done = 0;
        long after = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            List<ArticleToAnalyze> batch;
            ArticleAnalysisRunner runner;
            await using (var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false))
            {
                batch = (await connection.QueryAsync<ArticleToAnalyze>(BatchOfArticles, new { After = after, Last = last, Limit = BatchSize }).ConfigureAwait(false)).AsList();
                runner = new ArticleAnalysisRunner(ActorQueries.LoadRegistry(connection), topics.Classifier);
            }

            if (batch.Count == 0)
            {
                break;
            }

            var analyses = new AnalyzedArticle[batch.Count];
            var fingerprints = new TextFingerprint[batch.Count];
            Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                analyses[i] = runner.Analyze(batch[i].Title, batch[i].Body);
                fingerprints[i] = StoryFingerprinter.Fingerprint(batch[i].Body);
            });

            using (await writeGate.EnterAsync(cancellationToken).ConfigureAwait(false))
            {
                await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
                using var transaction = connection.BeginTransaction();
                using var writer = new AnalysisWriter(connection, transaction, topics.Ids, time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                using var stories = new StoryGrouper(connection, transaction);
                for (var i = 0; i < batch.Count; i++)
                {
                    var article = batch[i];
                    connection.Execute(ClearArticle, new { article.Id }, transaction);
                    writer.Write(article.Id, article.SourceId, article.Day, article.Body, analyses[i]);
                    stories.Group(new StoryInput(article.Id, article.PublishedAt, article.Title, fingerprints[i], StoryGrouper.QuotationKeys(analyses[i])));
                }

                transaction.Commit();
            }

            done += batch.Count;
            after = batch[^1].Id;
            progress?.Report(new ReanalysisProgress(done, total));
        }

        using (await writeGate.EnterAsync(CancellationToken.None).ConfigureAwait(false))
        {
            await using var connection = await factory.OpenAsync(CancellationToken.None).ConfigureAwait(false);
            await connection.ExecuteAsync(DropOrphans).ConfigureAwait(false);
            var (mentions, quotes, articleTopics, discovered) = await connection.QuerySingleAsync<(int, int, int, int)>(Totals).ConfigureAwait(false);
            return new ReanalysisReport(done, mentions, quotes, articleTopics, discovered, clock.Elapsed);
        }
    }
}
