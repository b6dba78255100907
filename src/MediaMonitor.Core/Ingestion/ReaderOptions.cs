namespace MediaMonitor.Core.Ingestion;

/// <summary>Limits for reading import inputs. Binds from the "Import" configuration section (Import:MaxFileBytes).</summary>
public sealed record ReaderOptions
{
    public const string SectionName = "Import";

    public const long DefaultMaxFileBytes = 64L * 1024 * 1024;

    /// <summary>Files and downloads larger than this are reported as errors without being read.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;
}
