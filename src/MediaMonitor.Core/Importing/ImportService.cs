using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using MediaMonitor.Analysis.Text;
using MediaMonitor.Core.Actors;
using MediaMonitor.Core.Analysis;
using MediaMonitor.Core.Ingestion;
using MediaMonitor.Analysis.Registry;
using MediaMonitor.Analysis.Stories;
using MediaMonitor.Core.Storage;
using MediaMonitor.Core.Stories;
using Microsoft.Data.Sqlite;

namespace MediaMonitor.Core.Importing;

/// <summary>
/// Stores what the readers yield: one transaction per batch, one savepoint per article (a failing article rolls back
/// alone), exact duplicates (same normalised body) skipped, bad items recorded with file, position and reason.
/// </summary>
public sealed class ImportService(SqliteConnectionFactory factory, DatabaseWriteGate writeGate, ImportOptions options, TimeProvider time)
{
    public const string UnknownSource = "غير معروف";

    public async Task<ImportReport> ImportAsync(
        IAsyncEnumerable<ReadResult> items,
        ImportRequest request,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        var runId = await StartRunAsync(request, cancellationToken).ConfigureAwait(false);
        var state = new RunState(runId, request);
        await using (var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            state.Topics = TopicQueries.LoadSet(connection);
        }

        var batch = new List<ArticleDraft>(options.BatchSize);
        var status = ImportRunStatus.Completed;
        string? message = null;
        try
        {
            await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (item.Error is { } error)
                {
                    state.AddError(error);
                }
                else if (item.Draft is { } draft)
                {
                    batch.Add(draft);
                    if (batch.Count >= options.BatchSize)
                    {
                        await WriteBatchAsync(batch, state, cancellationToken).ConfigureAwait(false);
                        batch.Clear();
                        progress?.Report(state.Progress());
                    }
                }
            }

            await WriteBatchAsync(batch, state, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            status = ImportRunStatus.Cancelled;
            message = "cancelled; the batch in progress was rolled back";
        }
#pragma warning disable CA1031 // a run that dies must still be recorded as failed, whatever the cause
        catch (Exception ex)
#pragma warning restore CA1031
        {
            status = ImportRunStatus.Failed;
            message = ex.Message;
        }

        await FinishRunAsync(state, status, message).ConfigureAwait(false);
        progress?.Report(state.Progress());
        return new ImportReport(runId, status, state.Imported, state.Duplicates, state.Failed, state.Skipped, state.Errors, clock.Elapsed);
    }

    private async Task<long> StartRunAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        using var gate = await writeGate.EnterAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            ImportQueries.StartRun,
            new { StartedAt = Iso(time.GetUtcNow()), request.InitiatedBy, request.Inputs },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private async Task FinishRunAsync(RunState state, string status, string? message)
    {
        // Not cancellable: the run record must say how the run ended even when the caller gave up.
        using var gate = await writeGate.EnterAsync(CancellationToken.None).ConfigureAwait(false);
        await using var connection = await factory.OpenAsync().ConfigureAwait(false);
        using var transaction = connection.BeginTransaction();
        await connection.ExecuteAsync(
            ImportQueries.FinishRun,
            new
            {
                state.RunId,
                FinishedAt = Iso(time.GetUtcNow()),
                Status = status,
                state.Imported,
                state.Duplicates,
                state.Failed,
                state.Skipped,
                Message = message,
            },
            transaction).ConfigureAwait(false);
        await connection.ExecuteAsync(
            ImportQueries.InsertError,
            state.Errors.Select(e => new { state.RunId, e.File, e.Position, e.Reason }),
            transaction).ConfigureAwait(false);
        transaction.Commit();
    }

    private async Task WriteBatchAsync(List<ArticleDraft> batch, RunState state, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var items = await AnalyzeAsync(batch, state, cancellationToken).ConfigureAwait(false);
        using var gate = await writeGate.EnterAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction();
        state.DiscardPendingSources();
        using var writer = new ArticleBatchWriter(connection, transaction);
        using var analysisWriter = new AnalysisWriter(connection, transaction, state.Topics.Ids, Iso(time.GetUtcNow()));
        using var stories = new StoryGrouper(connection, transaction);
        var outcomes = new List<Action>(batch.Count);
        foreach (var item in items)
        {
            if (item.Error is { } invalid)
            {
                outcomes.Add(() => state.AddError(invalid));
                continue;
            }

            var row = item.Row!;
            var sourceId = ResolveSource(connection, transaction, row.SourceName, state);
            transaction.Save("article");
            try
            {
                var stored = row with { SourceId = sourceId, RunId = state.RunId };
                var id = writer.Insert(stored);
                if (id is { } articleId)
                {
                    analysisWriter.Write(articleId, sourceId, stored.PublishedAt[..10], stored.Body, item.Analysis!);
                    stories.Group(new StoryInput(articleId, stored.PublishedAt, stored.Title, item.Fingerprint!, StoryGrouper.QuotationKeys(item.Analysis!)));
                }

                transaction.Release("article");
                outcomes.Add(id is not null ? state.CountImported : state.CountDuplicate);
            }
            catch (SqliteException ex)
            {
                transaction.Rollback("article");
                var error = new ImportItemError(FileOf(item.Origin), item.Origin, "could not be stored: " + ex.SqliteErrorCode.ToString(CultureInfo.InvariantCulture) + " " + ex.Message);
                outcomes.Add(() => state.AddError(error));
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        transaction.Commit();
        state.CommitSourceCache();
        // Counters move only once the batch is durable, so a rolled-back batch is never reported as imported.
        foreach (var outcome in outcomes)
        {
            outcome();
        }
    }

    /// <summary>
    /// Validates, normalises and analyses a batch before the write lock is taken, on all cores: analysis is pure, and
    /// readers and other writers should not wait for it.
    /// </summary>
    private async Task<PreparedItem[]> AnalyzeAsync(List<ArticleDraft> batch, RunState state, CancellationToken cancellationToken)
    {
        ActorRegistry registry;
        await using (var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            registry = ActorQueries.LoadRegistry(connection);
        }

        var runner = new ArticleAnalysisRunner(registry, state.Topics.Classifier);
        var items = new PreparedItem[batch.Count];
        Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var draft = batch[i];
            var (row, error) = Prepare(draft, state.Request);
            if (row is null)
            {
                items[i] = new PreparedItem(null, null, error, draft.Origin, null);
                return;
            }

            try
            {
                items[i] = new PreparedItem(row, runner.Analyze(row.Title, row.Body), null, draft.Origin, StoryFingerprinter.Fingerprint(row.Body));
            }
#pragma warning disable CA1031 // a defect the analysis hits on one article must not cost the rest of the batch
            catch (Exception ex)
#pragma warning restore CA1031
            {
                items[i] = new PreparedItem(null, null, new ImportItemError(FileOf(draft.Origin), draft.Origin, "analysis failed: " + ex.Message), draft.Origin, null);
            }
        });
        return items;
    }

    private sealed record PreparedItem(ArticleRow? Row, AnalyzedArticle? Analysis, ImportItemError? Error, string Origin, TextFingerprint? Fingerprint);

    private long ResolveSource(SqliteConnection connection, SqliteTransaction transaction, string name, RunState state)
    {
        if (state.TryGetSource(name, out var cached))
        {
            return cached;
        }

        var id = connection.ExecuteScalar<long?>(ImportQueries.FindSource, new { Name = name }, transaction)
            ?? connection.ExecuteScalar<long>(
                ImportQueries.InsertSource,
                new { Name = name, Kind = state.Request.IsDemo ? "demo" : state.Request.SourceKind, Url = (string?)null, state.Request.IsDemo, CreatedAt = Iso(time.GetUtcNow()) },
                transaction);
        state.AddPendingSource(name, id);
        return id;
    }

    private (ArticleRow? Row, ImportItemError? Error) Prepare(ArticleDraft draft, ImportRequest request)
    {
        var body = draft.Body?.Trim() ?? string.Empty;
        if (body.Length == 0)
        {
            return (null, new ImportItemError(FileOf(draft.Origin), draft.Origin, "empty body"));
        }

        var normalizedBody = ArabicNormalizer.NormalizeForMatching(body);
        var title = string.IsNullOrWhiteSpace(draft.Title) ? TitleFromBody(body) : draft.Title.Trim();
        var (published, estimated) = draft.PublishedAt is { } at
            ? (at.ToUniversalTime(), false)
            : request.DefaultDate is { } day
                ? (new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), true)
                : (time.GetUtcNow(), true);
        var source = Clean(request.SourceOverride) ?? Clean(draft.Source) ?? UnknownSource;
        return (new ArticleRow
        {
            SourceName = source,
            ExternalId = Clean(draft.ExternalId),
            Url = Clean(draft.Url),
            Title = title,
            Author = Clean(draft.Author),
            Dateline = Clean(draft.Dateline),
            Summary = Clean(draft.Summary),
            Category = Clean(draft.Category),
            PublishedAt = Iso(published),
            DateEstimated = estimated,
            Body = body,
            ContentHash = HashOf(normalizedBody),
            ImportedAt = Iso(time.GetUtcNow()),
            NormalizedTitle = ArabicNormalizer.NormalizeForMatching(title),
            NormalizedBody = normalizedBody,
        }, null);
    }

    /// <summary>Identity of an article's text: the same body with other diacritics, hamza forms or spacing is the same article.</summary>
    public static string HashOf(string normalizedBody) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedBody)));

    public static string Iso(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string TitleFromBody(string body)
    {
        var firstLine = body.Split('\n', 2)[0].Trim();
        return firstLine.Length <= 120 ? firstLine : string.Concat(firstLine.AsSpan(0, 117).TrimEnd(), "…");
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string FileOf(string origin)
    {
        var cut = origin.LastIndexOf(" line ", StringComparison.Ordinal);
        return cut > 0 ? origin[..cut] : origin;
    }

    internal sealed record ArticleRow
    {
        public long SourceId { get; init; }
        public long RunId { get; init; }
        public required string SourceName { get; init; }
        public string? ExternalId { get; init; }
        public string? Url { get; init; }
        public required string Title { get; init; }
        public string? Author { get; init; }
        public string? Dateline { get; init; }
        public string? Summary { get; init; }
        public string? Category { get; init; }
        public required string PublishedAt { get; init; }
        public bool DateEstimated { get; init; }
        public required string Body { get; init; }
        public required string ContentHash { get; init; }
        public required string ImportedAt { get; init; }
        public required string NormalizedTitle { get; init; }
        public required string NormalizedBody { get; init; }
    }

    private sealed class RunState(long runId, ImportRequest request)
    {
        private readonly Dictionary<string, long> sources = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, long> pendingSources = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<ImportItemError> errors = [];

        public long RunId { get; } = runId;
        public ImportRequest Request { get; } = request;
        public int Imported { get; private set; }
        public int Duplicates { get; private set; }
        public int Skipped => Request.SkippedFiles;
        public int Failed => errors.Count;
        public IReadOnlyList<ImportItemError> Errors => errors;

        public void AddError(ImportItemError error) => errors.Add(error);
        public void CountImported() => Imported++;
        public void CountDuplicate() => Duplicates++;

        public bool TryGetSource(string name, out long id) =>
            sources.TryGetValue(name, out id) || pendingSources.TryGetValue(name, out id);

        public void AddPendingSource(string name, long id) => pendingSources[name] = id;

        public TopicSet Topics { get; set; } = TopicSet.Empty;

        public void DiscardPendingSources() => pendingSources.Clear();

        public void CommitSourceCache()
        {
            foreach (var (name, id) in pendingSources)
            {
                sources[name] = id;
            }

            pendingSources.Clear();
        }

        public ImportProgress Progress() => new(Imported, Duplicates, Failed, Skipped, 0, 0, null);
    }
}
