namespace MediaMonitor.Core.Storage;

/// <summary>
/// The single writer: every write transaction in the process takes this gate, so imports, re-analysis and
/// clean-ups queue behind each other instead of failing on SQLite's one-writer lock, while reads go on under WAL.
/// </summary>
public sealed class DatabaseWriteGate : IDisposable
{
    private readonly SemaphoreSlim semaphore = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken = default)
    {
        await semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(semaphore);
    }

    public void Dispose() => semaphore.Dispose();

    private sealed class Releaser(SemaphoreSlim semaphore) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
