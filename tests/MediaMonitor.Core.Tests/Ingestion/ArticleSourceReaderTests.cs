using System.Net;
using System.Text;
using MediaMonitor.Core.Ingestion;
using MediaMonitor.Core.Tests.TestSupport;
using static MediaMonitor.Core.Tests.Ingestion.ReaderTestHelpers;

namespace MediaMonitor.Core.Tests.Ingestion;

public sealed class ArticleSourceReaderTests : IDisposable
{
    private const string FeedXml = """
        <rss version="2.0"><channel><title>قناة</title>
        <item><title>خبر</title><description>نص الخبر</description><pubDate>Sun, 04 Mar 2018 02:27:28 +0400</pubDate></item>
        </channel></rss>
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_folder_of_mixed_formats_is_read_in_path_order_and_docs_and_images_are_skipped_not_failed()
    {
        folder.Write("corpus/b.json", """[{"title": "ب", "text": "نص ب"}]""");
        folder.Write("corpus/a.csv", "title,text\nأ,نص أ\n");
        folder.Write("corpus/a/c.txt", "نص ج");
        folder.Write("corpus/a/d.jsonl", "{\"title\": \"د\", \"text\": \"نص د\"}\n");
        folder.Write("corpus/e.xml", FeedXml);
        folder.Write("corpus/README.md", "# about");
        folder.Write("corpus/PROVENANCE.md", "# provenance");
        folder.Write("corpus/README.txt", "about this folder");
        folder.Write("corpus/photo.png", [0x89, (byte)'P', (byte)'N', (byte)'G']);
        var root = Path.Combine(folder.Path, "corpus");

        var plan = ImportInputs.Plan([root]);
        var results = await ToListAsync(Reader().ReadAsync(plan));

        Assert.Equal(["a.csv", "a/c.txt", "a/d.jsonl", "b.json", "e.xml"], plan.Inputs.Select(i => Path.GetRelativePath(root, i.FilePath!).Replace('\\', '/')));
        Assert.Equal(["PROVENANCE.md", "README.md", "README.txt", "photo.png"], plan.Skipped.Select(s => Path.GetFileName(s.DisplayName)));
        Assert.Empty(plan.Errors);
        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(["نص أ", "نص ج", "نص د", "نص ب", "نص الخبر"], results.Select(r => r.Draft!.Body));
        Assert.Equal(Path.Combine(root, "a.csv") + " row 2", results[0].Draft!.Origin);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_one_error_and_is_not_read()
    {
        var path = Path.Combine(folder.Path, "huge.jsonl");
        using (var file = new FileStream(path, FileMode.CreateNew))
        {
            file.SetLength(100L * 1024 * 1024);
        }

        var results = await ToListAsync(Reader().ReadAsync([path]));

        var error = Assert.Single(results).Error!;
        Assert.Equal((path, "file", "file is 100.0 MB, over the 64 MB limit"), (error.File, error.Position, error.Reason));
    }

    [Fact]
    public async Task A_missing_path_is_an_error_and_the_other_inputs_are_still_read()
    {
        var present = folder.Write("ok.txt", "نص");
        var missing = Path.Combine(folder.Path, "missing.txt");

        var results = await ToListAsync(Reader().ReadAsync([missing, present]));

        Assert.Equal((missing, "not found"), (results[0].Error!.File, results[0].Error!.Reason));
        Assert.Equal("نص", results[1].Draft!.Body);
    }

    [Fact]
    public async Task Progress_counts_files_done_total_and_skipped()
    {
        folder.Write("in/a.txt", "نص أ");
        folder.Write("in/b.txt", "نص ب");
        folder.Write("in/notes.md", "ملاحظات");
        var progress = new RecordingProgress();

        await ToListAsync(Reader().ReadAsync([Path.Combine(folder.Path, "in")], progress));

        Assert.Equal([(0, 2, "a.txt"), (1, 2, "b.txt"), (2, 2, null)], progress.Reports.Select(p => (p.FilesDone, p.FilesTotal, p.CurrentFile is null ? null : Path.GetFileName(p.CurrentFile))));
        Assert.All(progress.Reports, p => Assert.Equal(1, p.FilesSkipped));
    }

    [Fact]
    public void The_same_file_named_twice_is_planned_once()
    {
        var path = folder.Write("a.txt", "نص");

        var plan = ImportInputs.Plan([path, folder.Path]);

        Assert.Single(plan.Inputs);
    }

    [Fact]
    public void An_explicit_file_of_another_type_is_skipped_with_its_reason()
    {
        var path = folder.Write("notes.md", "ملاحظات");

        var skipped = Assert.Single(ImportInputs.Plan([path]).Skipped);

        Assert.Equal("not an article file type (.md)", skipped.Reason);
    }

    [Fact]
    public void A_url_with_an_unsupported_scheme_is_an_error()
    {
        var error = Assert.Single(ImportInputs.Plan(["ftp://example.com/feed.xml"]).Errors);

        Assert.Equal("only http and https URLs can be read", error.Reason);
    }

    [Fact]
    public async Task A_feed_url_is_fetched_and_its_content_type_decides_the_reader()
    {
        using var http = new HttpClient(new StubHandler(_ => Response(HttpStatusCode.OK, FeedXml, "application/rss+xml")));

        var results = await ToListAsync(Reader(http: http).ReadAsync(["https://example.com/news/feed"]));

        var draft = Assert.Single(results).Draft!;
        Assert.Equal(("خبر", "قناة", "https://example.com/news/feed item 1"), (draft.Title, draft.Source, draft.Origin));
    }

    [Fact]
    public async Task An_html_url_is_read_as_a_page_with_the_url_kept()
    {
        using var http = new HttpClient(new StubHandler(_ => Response(HttpStatusCode.OK, "<html><head><title>صفحة</title></head><body><p>نص الصفحة.</p></body></html>", "text/html; charset=utf-8")));

        var draft = Assert.Single(await ToListAsync(Reader(http: http).ReadAsync(["https://example.com/story/1"]))).Draft!;

        Assert.Equal(("نص الصفحة.", "https://example.com/story/1", "example.com"), (draft.Body, draft.Url, draft.Source));
    }

    [Fact]
    public async Task A_url_answering_404_is_an_error()
    {
        using var http = new HttpClient(new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.NotFound)));

        var error = Assert.Single(await ToListAsync(Reader(http: http).ReadAsync(["https://example.com/gone"]))).Error!;

        Assert.Equal(("https://example.com/gone", "HTTP 404 Not Found"), (error.File, error.Reason));
    }

    [Fact]
    public async Task A_download_over_the_size_limit_is_an_error()
    {
        using var http = new HttpClient(new StubHandler(_ => Response(HttpStatusCode.OK, new string('x', 5000), "text/plain")));

        var error = Assert.Single(await ToListAsync(Reader(maxFileBytes: 1024, http: http).ReadAsync(["https://example.com/big.txt"]))).Error!;

        Assert.Equal("file is 4.9 KB, over the 1 KB limit", error.Reason);
    }

    [Fact]
    public async Task A_url_without_an_http_client_is_an_error()
    {
        var error = Assert.Single(await ToListAsync(Reader().ReadAsync(["https://example.com/feed"]))).Error!;

        Assert.StartsWith("URLs cannot be read here", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Uploaded_bytes_over_the_size_limit_are_an_error()
    {
        var error = Assert.Single(Reader(maxFileBytes: 10).ReadBytes("upload.txt", new byte[11])).Error!;

        Assert.Equal("file is 11 bytes, over the 10 bytes limit", error.Reason);
    }

    [Fact]
    public async Task An_uploaded_stream_is_read_like_a_file()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""[{"title": "أ", "text": "نص"}]"""));

        var draft = Assert.Single(await ToListAsync(Reader().ReadStreamAsync("upload.json", stream))).Draft!;

        Assert.Equal(("أ", "upload.json item 1"), (draft.Title, draft.Origin));
    }

    [Fact]
    public async Task An_uploaded_stream_over_the_limit_is_an_error_without_reading_it_all()
    {
        using var stream = new MemoryStream(new byte[4096]);

        var error = Assert.Single(await ToListAsync(Reader(maxFileBytes: 1000).ReadStreamAsync("upload.txt", stream))).Error!;

        Assert.Equal("the file is over the 1000 bytes limit", error.Reason);
    }

    [Fact]
    public void Uploaded_bytes_of_an_unknown_type_that_sniff_as_json_are_read()
    {
        var draft = Assert.Single(Reader().ReadBytes("export", Encoding.UTF8.GetBytes("""{"text": "نص"}"""))).Draft!;

        Assert.Equal("نص", draft.Body);
    }

    [Fact]
    public void Uploaded_bytes_of_an_unknown_type_that_sniff_as_nothing_are_an_error()
    {
        var error = Assert.Single(Reader().ReadBytes("notes.md", Encoding.UTF8.GetBytes("# عنوان"))).Error!;

        Assert.StartsWith("unsupported file type .md", error.Reason, StringComparison.Ordinal);
    }

    private static HttpResponseMessage Response(HttpStatusCode status, string body, string contentType) => new(status)
    {
        Content = new StringContent(body, Encoding.UTF8, contentType.Split(';')[0]),
    };

    private sealed class StubHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => Task.FromResult(respond(request));
    }

    private sealed class RecordingProgress : IProgress<ReadProgress>
    {
        public List<ReadProgress> Reports { get; } = [];

        public void Report(ReadProgress value) => Reports.Add(value);
    }
}
