using MediaMonitor.Core.Ingestion;

namespace MediaMonitor.Core.Importing;

/// <summary>What to import and how to label it.</summary>
public sealed record ImportRequest
{
    /// <summary>Human-readable description of the inputs (paths, URLs, uploaded file names) for the import run record.</summary>
    public required string Inputs { get; init; }

    /// <summary>"cli", "web", "demo", "bench"…</summary>
    public required string InitiatedBy { get; init; }

    /// <summary>Source name for every item, overriding what the items say.</summary>
    public string? SourceOverride { get; init; }

    /// <summary>Date for items that carry none (flagged as estimated); null means the import time.</summary>
    public DateOnly? DefaultDate { get; init; }

    public string SourceKind { get; init; } = "file";

    public bool IsDemo { get; init; }

    /// <summary>Files passed over before reading because no reader takes their type (e.g. a README beside a corpus).</summary>
    public int SkippedFiles { get; init; }
}

/// <summary>Running totals, reported after every item batch and file.</summary>
public sealed record ImportProgress(int Imported, int Duplicates, int Failed, int Skipped, int FilesDone, int FilesTotal, string? CurrentFile)
{
    /// <summary>0..1 when the number of files is known, else null.</summary>
    public double? Fraction => FilesTotal > 0 ? Math.Clamp((double)FilesDone / FilesTotal, 0, 1) : null;
}

/// <summary>The outcome of one import run.</summary>
public sealed record ImportReport(
    long RunId,
    string Status,
    int Imported,
    int Duplicates,
    int Failed,
    int Skipped,
    IReadOnlyList<ImportItemError> Errors,
    TimeSpan Elapsed)
{
    public bool Succeeded => Status == ImportRunStatus.Completed && Failed == 0;
}

public static class ImportRunStatus
{
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}

/// <summary>Import settings (section "Import" of appsettings.json).</summary>
public sealed class ImportOptions
{
    public long MaxFileBytes { get; set; } = ReaderOptions.DefaultMaxFileBytes;

    public int BatchSize { get; set; } = 500;
}
