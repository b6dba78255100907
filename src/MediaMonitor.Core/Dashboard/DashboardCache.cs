using MediaMonitor.Core.Analysis;
using MediaMonitor.Core.Importing;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Hosting;

namespace MediaMonitor.Core.Dashboard;

/// <summary>
/// Dashboard results per filter for a short time, so that several widgets, tabs and users asking the same thing read
/// the database once. <see cref="Invalidate"/> (called when an import or a re-analysis finishes, or demo data is
/// removed) drops everything at once by moving to a new generation of keys.
/// </summary>
public sealed class DashboardCache(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private long generation;

    /// <summary>Raised after <see cref="Invalidate"/>: open dashboards reload.</summary>
    public event Action? Invalidated;

    public long Generation => Interlocked.Read(ref generation);

    public void Invalidate()
    {
        Interlocked.Increment(ref generation);
        Invalidated?.Invoke();
    }

    public async Task<T> GetOrCreateAsync<T>(string key, Func<CancellationToken, Task<T>> compute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compute);
        var fullKey = $"dashboard|{Generation}|{key}";
        if (cache.TryGetValue(fullKey, out T? hit) && hit is not null)
        {
            return hit;
        }

        var value = await compute(cancellationToken).ConfigureAwait(false);
        cache.Set(fullKey, value, Lifetime);
        return value;
    }
}

/// <summary>Empties the dashboard cache whenever an import job or a re-analysis finishes.</summary>
public sealed class DashboardCacheInvalidation(DashboardCache cache, ImportJobService imports, ReanalysisJob reanalysis) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        imports.Changed += OnImportChanged;
        reanalysis.Finished += cache.Invalidate;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        imports.Changed -= OnImportChanged;
        reanalysis.Finished -= cache.Invalidate;
        return Task.CompletedTask;
    }

    private void OnImportChanged(ImportJobSnapshot job)
    {
        if (job.Status == ImportJobStatus.Finished)
        {
            cache.Invalidate();
        }
    }
}
