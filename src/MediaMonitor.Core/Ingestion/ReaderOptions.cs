namespace MediaMonitor.Core.Ingestion;

/// <summary>Limits for reading import inputs; built from <c>ImportOptions</c> (configuration section "Import").</summary>
public sealed record ReaderOptions
{
    public const long DefaultMaxFileBytes = 64L * 1024 * 1024;

    /// <summary>Files and downloads larger than this are reported as errors without being read.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;
}
