using System.Globalization;
using System.Runtime.CompilerServices;
using MediaMonitor.Core.Ingestion.Decoding;
using MediaMonitor.Core.Ingestion.Readers;

namespace MediaMonitor.Core.Ingestion;

/// <summary>
/// The one entry point of the ingestion readers: turns files, folders, URLs, uploaded bytes or streams into
/// <see cref="ReadResult"/>s, one per article or per item that could not be read. Bad input never throws: a file
/// that is binary, too large, undecodable or malformed gives an error and the next file is read; within a file,
/// a bad item gives an error and the next item is read where the format allows (JSON Lines, CSV, DOC files,
/// feeds). Formats: plain text (with an optional byline line), ANT <c>&lt;DOC&gt;</c> files, JSON, JSON Lines,
/// CSV, RSS/Atom and single HTML pages; see <see cref="ImportInputs.SupportedExtensions"/>.
/// </summary>
/// <remarks>Stateless apart from its options and HttpClient; one instance can serve concurrent reads.</remarks>
public sealed class ArticleSourceReader
{
    private const int CopyBufferBytes = 81920;

    private readonly ReaderOptions options;
    private readonly HttpClient? http;

    /// <param name="options">Limits (the largest file read).</param>
    /// <param name="http">Fetches http(s) inputs; without one, URL inputs fail with an error.</param>
    public ArticleSourceReader(ReaderOptions options, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        this.http = http;
    }

    /// <summary>
    /// Reads every file and URL <paramref name="pathsOrUrls"/> name (see <see cref="ImportInputs.Plan"/>). Missing
    /// paths come first as errors. Skipped files are counted in <see cref="ReadProgress.FilesSkipped"/>; to list
    /// them, plan first and call <see cref="ReadAsync(ImportPlan, IProgress{ReadProgress}?, CancellationToken)"/>.
    /// </summary>
    public IAsyncEnumerable<ReadResult> ReadAsync(IReadOnlyList<string> pathsOrUrls, IProgress<ReadProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ReadAsync(ImportInputs.Plan(pathsOrUrls), progress, cancellationToken);

    /// <summary>Reads a plan's inputs in order, after yielding its errors. Progress is reported synchronously on the reading thread.</summary>
    public async IAsyncEnumerable<ReadResult> ReadAsync(ImportPlan plan, IProgress<ReadProgress>? progress = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var error in plan.Errors)
        {
            yield return new ReadResult(null, error);
        }

        var done = 0;
        foreach (var input in plan.Inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new ReadProgress(done, plan.Inputs.Count, input.DisplayName, plan.Skipped.Count));
            var loaded = input.Url is { } url
                ? await FetchAsync(input.DisplayName, url, cancellationToken).ConfigureAwait(false)
                : await LoadFileAsync(input.DisplayName, input.FilePath!, cancellationToken).ConfigureAwait(false);
            if (loaded.Error is { } error)
            {
                yield return new ReadResult(null, error);
            }
            else
            {
                foreach (var result in Guard(input.DisplayName, () => ReadDecoded(input.DisplayName, loaded.Bytes!, input.FilePath, input.Url, loaded.ContentType, loaded.Charset)))
                {
                    yield return result;
                }
            }

            done++;
        }

        progress?.Report(new ReadProgress(done, plan.Inputs.Count, null, plan.Skipped.Count));
    }

    /// <summary>
    /// Reads one file already in memory (an upload): the extension of <paramref name="displayName"/> and the
    /// content decide the format. Lazily enumerated; never throws for bad content.
    /// </summary>
    public IEnumerable<ReadResult> ReadBytes(string displayName, byte[] bytes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.LongLength > options.MaxFileBytes)
        {
            return [ReadResult.Fail(displayName, "file", OverLimit(bytes.LongLength))];
        }

        return Guard(displayName, () => ReadDecoded(displayName, bytes, filePath: null, url: null, contentType: null, charset: null));
    }

    /// <summary>Reads one file from a stream (an upload), copying at most the size limit into memory.</summary>
    public async IAsyncEnumerable<ReadResult> ReadStreamAsync(string displayName, Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = await ReadLimitedAsync(stream, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            yield return ReadResult.Fail(displayName, "file", $"the file is over the {FormatSize(options.MaxFileBytes, limit: true)} limit");
            yield break;
        }

        foreach (var result in ReadBytes(displayName, bytes))
        {
            yield return result;
        }
    }

    private static IEnumerable<ReadResult> ReadDecoded(string displayName, byte[] bytes, string? filePath, Uri? url, string? contentType, string? charset)
    {
        var decoded = TextDecoder.Decode(bytes, charset);
        if (decoded.Text is not { } text)
        {
            return [ReadResult.Fail(displayName, decoded.Position, decoded.Error ?? "not text")];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return [ReadResult.Fail(displayName, "file", "empty body")];
        }

        var nameForFormat = url is null ? displayName : url.AbsolutePath;
        var document = new SourceDocument(displayName, text, filePath, url);
        return FormatDetector.Detect(nameForFormat, text, contentType) switch
        {
            InputFormat.PlainText => PlainTextReader.Read(document),
            InputFormat.AntDoc => AntDocReader.Read(document),
            InputFormat.Json => JsonArticleReader.ReadJson(document),
            InputFormat.JsonLines => JsonArticleReader.ReadJsonLines(document),
            InputFormat.Csv => CsvArticleReader.Read(document),
            InputFormat.Feed => FeedArticleReader.Read(document),
            InputFormat.Html => HtmlPageReader.Read(document),
            _ => [ReadResult.Fail(displayName, "file", Unsupported(nameForFormat, contentType))],
        };
    }

    /// <summary>
    /// Turns an exception from a reader (a library failing on input it should have refused politely) into an
    /// error for that file, keeping the items read before it.
    /// </summary>
    private static IEnumerable<ReadResult> Guard(string displayName, Func<IEnumerable<ReadResult>> read)
    {
        IEnumerator<ReadResult>? items = null;
        try
        {
            while (true)
            {
                ReadResult current;
                var failed = false;
                try
                {
                    items ??= read().GetEnumerator();
                    if (!items.MoveNext())
                    {
                        yield break;
                    }

                    current = items.Current;
                }
#pragma warning disable CA1031 // whatever a parser throws on one file must not end the import of the others
                catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    current = ReadResult.Fail(displayName, "file", $"could not be read ({ex.GetType().Name}: {ex.Message})");
                    failed = true;
                }

                yield return current;
                if (failed)
                {
                    yield break;
                }
            }
        }
        finally
        {
            items?.Dispose();
        }
    }

    private async Task<Loaded> LoadFileAsync(string displayName, string path, CancellationToken cancellationToken)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > options.MaxFileBytes)
            {
                return Loaded.Fail(displayName, OverLimit(length));
            }

            return new Loaded(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), null, null, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Loaded.Fail(displayName, ex is FileNotFoundException or DirectoryNotFoundException ? "not found" : "cannot be read: " + ex.Message);
        }
    }

    private async Task<Loaded> FetchAsync(string displayName, Uri url, CancellationToken cancellationToken)
    {
        if (http is null)
        {
            return Loaded.Fail(displayName, "URLs cannot be read here (no HTTP client configured)");
        }

        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return Loaded.Fail(displayName, $"HTTP {((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)} {response.ReasonPhrase}".TrimEnd());
            }

            var headers = response.Content.Headers;
            if (headers.ContentLength is { } declared && declared > options.MaxFileBytes)
            {
                return Loaded.Fail(displayName, OverLimit(declared));
            }

            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var bytes = await ReadLimitedAsync(stream, cancellationToken).ConfigureAwait(false);
                return bytes is null
                    ? Loaded.Fail(displayName, $"the download is over the {FormatSize(options.MaxFileBytes, limit: true)} limit")
                    : new Loaded(bytes, headers.ContentType?.MediaType, headers.ContentType?.CharSet, null);
            }
        }
        catch (HttpRequestException ex)
        {
            return Loaded.Fail(displayName, "download failed: " + ex.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Loaded.Fail(displayName, "download timed out");
        }
    }

    /// <summary>Copies at most the size limit; null when the stream holds more.</summary>
    private async Task<byte[]?> ReadLimitedAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[CopyBufferBytes];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > options.MaxFileBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private string OverLimit(long length) => $"file is {FormatSize(length, limit: false)}, over the {FormatSize(options.MaxFileBytes, limit: true)} limit";

    /// <summary>"100.0 MB" for a size, "64 MB" for a limit (no needless ".0").</summary>
    private static string FormatSize(long bytes, bool limit)
    {
        const double Kib = 1024, Mib = 1024 * 1024;
        var (value, unit) = bytes >= Mib ? (bytes / Mib, "MB") : bytes >= Kib ? (bytes / Kib, "KB") : (bytes, "bytes");
        var format = unit == "bytes" || (limit && value == Math.Floor(value)) ? "0" : "0.0";
        return $"{value.ToString(format, CultureInfo.InvariantCulture)} {unit}";
    }

    private static string Unsupported(string name, string? contentType)
    {
        var extension = Path.GetExtension(name);
        var what = !string.IsNullOrEmpty(contentType) ? $"content type {contentType}"
            : extension.Length > 0 ? $"file type {extension}"
            : "content";
        return $"unsupported {what}: not text, JSON, CSV, a feed or an HTML page (file types: {string.Join(" ", ImportInputs.SupportedExtensions.Order(StringComparer.Ordinal))})";
    }

    private sealed record Loaded(byte[]? Bytes, string? ContentType, string? Charset, ImportItemError? Error)
    {
        public static Loaded Fail(string displayName, string reason) => new(null, null, null, new ImportItemError(displayName, "file", reason));
    }
}
