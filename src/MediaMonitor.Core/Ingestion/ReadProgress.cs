namespace MediaMonitor.Core.Ingestion;

/// <summary>
/// Where a read is: reported when a file starts (<paramref name="CurrentFile"/> set) and when the last one is done
/// (<paramref name="CurrentFile"/> null, <paramref name="FilesDone"/> = <paramref name="FilesTotal"/>).
/// </summary>
/// <param name="FilesDone">Inputs finished (read, failed or over the size limit).</param>
/// <param name="FilesTotal">Inputs to read; skipped files are not among them.</param>
/// <param name="CurrentFile">The input being read, as reported in errors and origins.</param>
/// <param name="FilesSkipped">Files passed over because the readers do not take their type (see <see cref="ImportPlan.Skipped"/>).</param>
public sealed record ReadProgress(int FilesDone, int FilesTotal, string? CurrentFile, int FilesSkipped);
