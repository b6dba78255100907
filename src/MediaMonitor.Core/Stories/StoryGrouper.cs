using System.Globalization;
using MediaMonitor.Analysis.Quotes;
using MediaMonitor.Analysis.Stories;
using MediaMonitor.Core.Analysis;
using MediaMonitor.Core.Storage;
using Microsoft.Data.Sqlite;

namespace MediaMonitor.Core.Stories;

/// <summary>One article to put into a story: its stored id, time, title, fingerprint and the keys of its direct quotations.</summary>
internal sealed record StoryInput(long ArticleId, string PublishedAt, string Title, TextFingerprint Fingerprint, IReadOnlyCollection<long> QuotationKeys);

/// <summary>
/// Puts articles into stories inside the caller's transaction (the import's, the re-analysis's or the backfill's),
/// one at a time: candidates are earlier-grouped articles within <see cref="StoryRule.Window"/> that share an LSH band
/// or a quotation; the best match by <see cref="StoryRule"/> gives its story, otherwise the article starts a new one.
/// Articles are never moved afterwards and stories never merged, so a story cannot creep from event to event.
/// Prepared statements, reused for a whole batch.
/// </summary>
internal sealed class StoryGrouper : IDisposable
{
    // The candidates sharing the most bands are the closest; template-heavy text (sports results, cables) can share a
    // band with hundreds of articles, and looking at all of them would cost more than the rest of the import.
    private const int MaxBandCandidates = 12;

    private readonly SqliteCommand bandCandidates;
    private readonly SqliteCommand quoteCandidates;
    private readonly SqliteCommand candidate;
    private readonly SqliteCommand sharedActors;
    private readonly SqliteCommand insertStory;
    private readonly SqliteCommand joinStory;
    private readonly SqliteCommand setStory;
    private readonly SqliteCommand insertFingerprint;
    private readonly SqliteCommand insertBand;
    private readonly SqliteCommand insertQuote;

    public StoryGrouper(SqliteConnection connection, SqliteTransaction transaction)
    {
        var bandParameters = string.Join(", ", Enumerable.Range(0, StoryFingerprinter.BandCount).Select(i => "@B" + i.ToString(CultureInfo.InvariantCulture)));
        bandCandidates = PreparedCommands.Prepare(connection, transaction, $"""
            SELECT article_id FROM story_bands
            WHERE band IN ({bandParameters}) AND published_at >= @From AND published_at <= @To AND article_id <> @Id
            GROUP BY article_id ORDER BY COUNT(*) DESC, article_id LIMIT {MaxBandCandidates}
            """, [.. Enumerable.Range(0, StoryFingerprinter.BandCount).Select(i => "@B" + i.ToString(CultureInfo.InvariantCulture)), "@From", "@To", "@Id"]);
        quoteCandidates = PreparedCommands.Prepare(connection, transaction, """
            SELECT DISTINCT article_id FROM story_quotes
            WHERE quote_key = @Key AND published_at >= @From AND published_at <= @To AND article_id <> @Id
            """, "@Key", "@From", "@To", "@Id");
        candidate = PreparedCommands.Prepare(connection, transaction, """
            SELECT a.story_id, f.shingles, f.minhash FROM articles a
            JOIN story_fingerprints f ON f.article_id = a.id
            JOIN stories s ON s.id = a.story_id
            WHERE a.id = @Id AND s.first_published_at >= @Earliest AND s.last_published_at <= @Latest
            """, "@Id", "@Earliest", "@Latest");
        sharedActors = PreparedCommands.Prepare(connection, transaction, """
            SELECT COUNT(DISTINCT m1.actor_id) FROM mentions m1
            JOIN actors ac ON ac.id = m1.actor_id AND ac.type <> 'place'
            WHERE m1.article_id = @A AND EXISTS (SELECT 1 FROM mentions m2 WHERE m2.article_id = @B AND m2.actor_id = m1.actor_id)
            """, "@A", "@B");
        insertStory = PreparedCommands.Prepare(connection, transaction, """
            INSERT INTO stories (title, first_article_id, first_published_at, last_published_at) VALUES (@Title, @Id, @At, @At) RETURNING id
            """, "@Title", "@Id", "@At");
        joinStory = PreparedCommands.Prepare(connection, transaction, """
            UPDATE stories SET first_published_at = min(first_published_at, @At), last_published_at = max(last_published_at, @At) WHERE id = @Story
            """, "@At", "@Story");
        setStory = PreparedCommands.Prepare(connection, transaction, "UPDATE articles SET story_id = @Story WHERE id = @Id", "@Story", "@Id");
        insertFingerprint = PreparedCommands.Prepare(connection, transaction, """
            INSERT OR REPLACE INTO story_fingerprints (article_id, shingles, simhash, minhash) VALUES (@Id, @Shingles, @SimHash, @MinHash)
            """, "@Id", "@Shingles", "@SimHash", "@MinHash");
        insertBand = PreparedCommands.Prepare(connection, transaction, "INSERT OR IGNORE INTO story_bands (band, published_at, article_id) VALUES (@Band, @At, @Id)", "@Band", "@At", "@Id");
        insertQuote = PreparedCommands.Prepare(connection, transaction, "INSERT OR IGNORE INTO story_quotes (quote_key, published_at, article_id) VALUES (@Key, @At, @Id)", "@Key", "@At", "@Id");
    }

    /// <summary>Stores the article's fingerprint and puts it into a story; returns the story's id.</summary>
    public long Group(StoryInput input)
    {
        var at = DateTimeOffset.Parse(input.PublishedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var from = Iso(at - StoryRule.Window);
        var to = Iso(at + StoryRule.Window);
        var earliest = Iso(at - StoryRule.MaxSpan);
        var latest = Iso(at + StoryRule.MaxSpan);
        var candidates = new Dictionary<long, bool>();
        if (input.Fingerprint.Bands.Length == StoryFingerprinter.BandCount)
        {
            var p = bandCandidates.Parameters;
            for (var i = 0; i < StoryFingerprinter.BandCount; i++)
            {
                p[i].Value = input.Fingerprint.Bands[i];
            }

            p[StoryFingerprinter.BandCount].Value = from;
            p[StoryFingerprinter.BandCount + 1].Value = to;
            p[StoryFingerprinter.BandCount + 2].Value = input.ArticleId;
            foreach (var id in ReadIds(bandCandidates))
            {
                candidates.TryAdd(id, false);
            }
        }

        foreach (var key in input.QuotationKeys)
        {
            SetValues(quoteCandidates, key, from, to, input.ArticleId);
            foreach (var id in ReadIds(quoteCandidates))
            {
                candidates[id] = true;
            }
        }

        long? best = null;
        var bestScore = double.MinValue;
        foreach (var (id, sharesQuotation) in candidates)
        {
            if (Load(id, sharesQuotation, earliest, latest) is not { } found)
            {
                continue;
            }

            if (StoryRule.NeedsActors(input.Fingerprint, found))
            {
                SetValues(sharedActors, input.ArticleId, id);
                found = found with { SharedActors = Convert.ToInt32(sharedActors.ExecuteScalar(), CultureInfo.InvariantCulture) };
            }

            if (StoryRule.Match(input.Fingerprint, found) is { } score && (score > bestScore || (score == bestScore && found.StoryId < best)))
            {
                best = found.StoryId;
                bestScore = score;
            }
        }

        long story;
        if (best is { } existing)
        {
            story = existing;
            SetValues(joinStory, input.PublishedAt, story);
            joinStory.ExecuteNonQuery();
        }
        else
        {
            SetValues(insertStory, input.Title, input.ArticleId, input.PublishedAt);
            story = (long)insertStory.ExecuteScalar()!;
        }

        SetValues(setStory, story, input.ArticleId);
        setStory.ExecuteNonQuery();
        var fingerprint = input.Fingerprint;
        SetValues(insertFingerprint, input.ArticleId, fingerprint.ShingleCount, unchecked((long)fingerprint.SimHash), fingerprint.MinHashBytes());
        insertFingerprint.ExecuteNonQuery();
        foreach (var band in fingerprint.Bands)
        {
            SetValues(insertBand, band, input.PublishedAt, input.ArticleId);
            insertBand.ExecuteNonQuery();
        }

        foreach (var key in input.QuotationKeys)
        {
            SetValues(insertQuote, key, input.PublishedAt, input.ArticleId);
            insertQuote.ExecuteNonQuery();
        }

        return story;
    }

    public void Dispose()
    {
        foreach (var command in new[] { bandCandidates, quoteCandidates, candidate, sharedActors, insertStory, joinStory, setStory, insertFingerprint, insertBand, insertQuote })
        {
            command.Dispose();
        }
    }

    /// <summary>The candidate with its story, unless that story started too long before (or after) the article.</summary>
    private StoryCandidate? Load(long articleId, bool sharesQuotation, string earliest, string latest)
    {
        SetValues(candidate, articleId, earliest, latest);
        using var reader = candidate.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new StoryCandidate
        {
            ArticleId = articleId,
            StoryId = reader.GetInt64(0),
            ShingleCount = reader.GetInt32(1),
            MinHash = TextFingerprint.MinHashFromBytes((byte[])reader.GetValue(2)),
            SharesQuotation = sharesQuotation,
        };
    }

    private static List<long> ReadIds(SqliteCommand command)
    {
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    private static void SetValues(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
    }

    private static string Iso(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The keys of the direct quotations the analysis found.</summary>
    public static long[] QuotationKeys(AnalyzedArticle analyzed) =>
        QuotationKeys(analyzed.Linked.Quotations.Where(q => q.Quotation.Kind == QuoteKind.Direct).Select(q => q.Quotation.Text));

    /// <summary>The keys of an article's direct quotations long enough to identify a statement.</summary>
    public static long[] QuotationKeys(IEnumerable<string> directQuotations) =>
        [.. directQuotations.Select(q => StoryFingerprinter.QuotationKey(q)).OfType<long>().Distinct()];
}
