using System.Collections.Concurrent;
using System.Threading.Channels;
using MediaMonitor.Core.Ingestion;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MediaMonitor.Core.Importing;

public enum ImportJobStatus
{
    Queued,
    Running,
    Finished,
}

/// <summary>One queued or running import as the UI sees it. Immutable snapshots; a new one on every change.</summary>
public sealed record ImportJobSnapshot(Guid Id, string Description, ImportJobStatus Status, ImportProgress Progress, ImportReport? Report, DateTimeOffset QueuedAt);

/// <summary>
/// Runs imports one after another in the background so that a page or request never waits on one, and tells
/// subscribers about progress. Components subscribe to <see cref="Changed"/> and re-render through InvokeAsync.
/// </summary>
public sealed partial class ImportJobService(ImportService importer, TimeProvider time, ILogger<ImportJobService> logger) : BackgroundService
{
    private const int KeptJobs = 20;
    private readonly Channel<Job> queue = Channel.CreateUnbounded<Job>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<Guid, ImportJobSnapshot> jobs = new();

    public event Action<ImportJobSnapshot>? Changed;

    public IReadOnlyList<ImportJobSnapshot> Jobs => jobs.Values.OrderByDescending(j => j.QueuedAt).ToList();

    /// <summary>Queues an import; <paramref name="items"/> is enumerated only when the job runs.</summary>
    public ImportJobSnapshot Enqueue(string description, ImportRequest request, Func<IProgress<ImportProgress>, CancellationToken, IAsyncEnumerable<ReadResult>> items)
    {
        var snapshot = new ImportJobSnapshot(Guid.NewGuid(), description, ImportJobStatus.Queued, new ImportProgress(0, 0, 0, 0, 0, 0, null), null, time.GetUtcNow());
        Publish(snapshot);
        if (!queue.Writer.TryWrite(new Job(snapshot.Id, request, items)))
        {
            throw new InvalidOperationException("The import queue is closed.");
        }

        return snapshot;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            await RunAsync(job, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task RunAsync(Job job, CancellationToken stoppingToken)
    {
        var current = jobs[job.Id] with { Status = ImportJobStatus.Running };
        Publish(current);
        var progress = new Progress(this, job.Id);
        try
        {
            var report = await importer.ImportAsync(job.Items(progress, stoppingToken), job.Request, progress, stoppingToken).ConfigureAwait(false);
            Publish(jobs[job.Id] with { Status = ImportJobStatus.Finished, Report = report, Progress = new ImportProgress(report.Imported, report.Duplicates, report.Failed, report.Skipped, jobs[job.Id].Progress.FilesTotal, jobs[job.Id].Progress.FilesTotal, null) });
        }
#pragma warning disable CA1031 // one failing job must not stop the queue
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogJobFailed(logger, ex, job.Id);
            var failed = new ImportReport(0, ImportRunStatus.Failed, 0, 0, 1, 0, [new ImportItemError(jobs[job.Id].Description, "-", ex.Message)], TimeSpan.Zero);
            Publish(jobs[job.Id] with { Status = ImportJobStatus.Finished, Report = failed });
        }
    }

    private void Publish(ImportJobSnapshot snapshot)
    {
        jobs[snapshot.Id] = snapshot;
        foreach (var old in jobs.Values.Where(j => j.Status == ImportJobStatus.Finished).OrderByDescending(j => j.QueuedAt).Skip(KeptJobs))
        {
            jobs.TryRemove(old.Id, out _);
        }

        Changed?.Invoke(snapshot);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Import job {JobId} failed")]
    private static partial void LogJobFailed(ILogger logger, Exception exception, Guid jobId);

    private sealed record Job(Guid Id, ImportRequest Request, Func<IProgress<ImportProgress>, CancellationToken, IAsyncEnumerable<ReadResult>> Items);

    /// <summary>Merges item counts (from the importer) and file counts (from the reader) into one snapshot.</summary>
    private sealed class Progress(ImportJobService owner, Guid id) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            var current = owner.jobs[id].Progress;
            var merged = value.FilesTotal > 0
                ? current with { FilesDone = value.FilesDone, FilesTotal = value.FilesTotal, CurrentFile = value.CurrentFile, Skipped = value.Skipped }
                : current with { Imported = value.Imported, Duplicates = value.Duplicates, Failed = value.Failed };
            owner.Publish(owner.jobs[id] with { Progress = merged });
        }
    }
}
