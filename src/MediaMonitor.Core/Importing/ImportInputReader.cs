using System.Runtime.CompilerServices;
using MediaMonitor.Core.Ingestion;

namespace MediaMonitor.Core.Importing;

/// <summary>A file the browser uploaded: its bytes, or null when it was over the size limit and left unread.</summary>
public sealed record UploadedFile(string Name, byte[]? Content, long Size);

/// <summary>
/// Feeds the import pipeline from paths, URLs or uploads, and turns the readers' file progress into import progress.
/// </summary>
public sealed class ImportInputReader(ImportOptions options, IHttpClientFactory httpClients)
{
    /// <summary>Expands folders and sorts out what will be read, skipped (unsupported types) or failed (missing paths).</summary>
    public static ImportPlan Plan(IReadOnlyList<string> pathsOrUrls) => ImportInputs.Plan(pathsOrUrls);

    public IAsyncEnumerable<ReadResult> ReadAsync(IReadOnlyList<string> pathsOrUrls, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        ReadAsync(Plan(pathsOrUrls), progress, cancellationToken);

    public IAsyncEnumerable<ReadResult> ReadAsync(ImportPlan plan, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var reader = new ArticleSourceReader(new ReaderOptions { MaxFileBytes = options.MaxFileBytes }, httpClients.CreateClient(nameof(ImportInputReader)));
        return reader.ReadAsync(plan, Adapt(progress), cancellationToken);
    }

    public async IAsyncEnumerable<ReadResult> ReadUploadsAsync(
        IReadOnlyList<UploadedFile> files,
        IProgress<ImportProgress>? progress,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var reader = new ArticleSourceReader(new ReaderOptions { MaxFileBytes = options.MaxFileBytes });
        var fileProgress = Adapt(progress);
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = files[i];
            fileProgress?.Report(new ReadProgress(i, files.Count, file.Name, 0));
            if (file.Content is null)
            {
                yield return ReadResult.Fail(file.Name, "whole file", $"file is {file.Size / 1048576.0:F1} MB, over the {options.MaxFileBytes / 1048576} MB limit");
                continue;
            }

            foreach (var result in reader.ReadBytes(file.Name, file.Content))
            {
                yield return result;
            }
        }

        fileProgress?.Report(new ReadProgress(files.Count, files.Count, null, 0));
        await Task.CompletedTask.ConfigureAwait(false);
    }

    private static Progress? Adapt(IProgress<ImportProgress>? progress) => progress is null ? null : new Progress(progress);

    private sealed class Progress(IProgress<ImportProgress> inner) : IProgress<ReadProgress>
    {
        public void Report(ReadProgress value) =>
            inner.Report(new ImportProgress(0, 0, 0, value.FilesSkipped, value.FilesDone, Math.Max(value.FilesTotal, 1), value.CurrentFile));
    }
}
