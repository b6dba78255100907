using System.Text;
using MediaMonitor.Core.Ingestion;

namespace MediaMonitor.Core.Tests.Ingestion;

internal static class ReaderTestHelpers
{
    public static ArticleSourceReader Reader(long maxFileBytes = ReaderOptions.DefaultMaxFileBytes, HttpClient? http = null) =>
        new(new ReaderOptions { MaxFileBytes = maxFileBytes }, http);

    public static List<ReadResult> Read(string fileName, string text) =>
        Reader().ReadBytes(fileName, new UTF8Encoding(false).GetBytes(text)).ToList();

    public static List<ReadResult> Read(string fileName, byte[] bytes) => Reader().ReadBytes(fileName, bytes).ToList();

    public static ArticleDraft Single(string fileName, string text)
    {
        var results = Read(fileName, text);
        var result = Assert.Single(results);
        Assert.Null(result.Error);
        return result.Draft!;
    }

    public static ImportItemError SingleError(string fileName, string text)
    {
        var result = Assert.Single(Read(fileName, text));
        Assert.Null(result.Draft);
        return result.Error!;
    }

    public static async Task<List<ReadResult>> ToListAsync(IAsyncEnumerable<ReadResult> results)
    {
        var list = new List<ReadResult>();
        await foreach (var result in results)
        {
            list.Add(result);
        }

        return list;
    }
}
