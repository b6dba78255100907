using Microsoft.Extensions.Logging;

namespace MediaMonitor.Core.Analysis;

/// <summary>The re-analysis as the web app runs it: at most one at a time, in the background, with progress to watch.</summary>
public sealed partial class ReanalysisJob(ReanalysisService service, ILogger<ReanalysisJob> logger) : IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();
    private Task? running;

    public event Action? Changed;

    /// <summary>Raised once a run has ended (done, failed or cancelled), after <see cref="LastReport"/> is set.</summary>
    public event Action? Finished;

    public bool IsRunning => running is { IsCompleted: false };

    public ReanalysisProgress? Progress { get; private set; }

    public ReanalysisReport? LastReport { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>Starts a re-analysis unless one is running; returns whether it started.</summary>
    public bool Start()
    {
        lock (gate)
        {
            if (IsRunning)
            {
                return false;
            }

            LastError = null;
            Progress = new ReanalysisProgress(0, 0);
            running = Task.Run(RunAsync);
        }

        Changed?.Invoke();
        return true;
    }

    private async Task RunAsync()
    {
        try
        {
            var progress = new ProgressSink(this);
            LastReport = await service.RunAsync(progress, stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            LastError = "cancelled";
        }
#pragma warning disable CA1031 // the failure is shown to the user; the app goes on serving
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(logger, ex);
            LastError = ex.Message;
        }

        Changed?.Invoke();
        Finished?.Invoke();
    }

    public void Dispose()
    {
        stopping.Cancel();
        stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Re-analysis failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    private sealed class ProgressSink(ReanalysisJob owner) : IProgress<ReanalysisProgress>
    {
        public void Report(ReanalysisProgress value)
        {
            owner.Progress = value;
            owner.Changed?.Invoke();
        }
    }
}
