using Dapper;
using MediaMonitor.Analysis.Stories;
using MediaMonitor.Core.Storage;

namespace MediaMonitor.Core.Stories;

/// <summary>
/// Groups the articles that have no story yet (those stored before story grouping existed), in the order they were
/// imported, with the direct quotations already stored for them. Runs at start-up (web and CLI); a database where every
/// article has a story costs one indexed look-up.
/// </summary>
public sealed class StoryBackfillService(SqliteConnectionFactory factory, DatabaseWriteGate writeGate)
{
    private const int BatchSize = 500;

    private const string Ungrouped = """
        SELECT id, title, body, published_at FROM articles WHERE story_id IS NULL AND id > @After ORDER BY id LIMIT @Limit
        """;

    private const string DirectQuotes = """
        SELECT article_id, text FROM quotes WHERE kind = 'direct' AND article_id >= @First AND article_id <= @Last
        """;

    private sealed record Row
    {
        public long Id { get; init; }
        public required string Title { get; init; }
        public required string Body { get; init; }
        public required string PublishedAt { get; init; }
    }

    private sealed record QuoteRow
    {
        public long ArticleId { get; init; }
        public required string Text { get; init; }
    }

    /// <summary>Returns how many articles were grouped.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var done = 0;
        long after = 0;
        while (true)
        {
            List<Row> batch;
            ILookup<long, string> quotes;
            await using (var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false))
            {
                batch = (await connection.QueryAsync<Row>(new CommandDefinition(Ungrouped, new { After = after, Limit = BatchSize }, cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
                if (batch.Count == 0)
                {
                    return done;
                }

                quotes = (await connection.QueryAsync<QuoteRow>(new CommandDefinition(DirectQuotes, new { First = batch[0].Id, Last = batch[^1].Id }, cancellationToken: cancellationToken)).ConfigureAwait(false))
                    .ToLookup(q => q.ArticleId, q => q.Text);
            }

            var fingerprints = new TextFingerprint[batch.Count];
            Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => fingerprints[i] = StoryFingerprinter.Fingerprint(batch[i].Body));
            using (await writeGate.EnterAsync(cancellationToken).ConfigureAwait(false))
            {
                await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
                using var transaction = connection.BeginTransaction();
                using var grouper = new StoryGrouper(connection, transaction);
                for (var i = 0; i < batch.Count; i++)
                {
                    var article = batch[i];
                    grouper.Group(new StoryInput(article.Id, article.PublishedAt, article.Title, fingerprints[i], StoryGrouper.QuotationKeys(quotes[article.Id])));
                }

                transaction.Commit();
            }

            done += batch.Count;
            after = batch[^1].Id;
        }
    }
}
