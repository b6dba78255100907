using System.Globalization;

namespace MediaMonitor.Core.Ingestion.Readers;

/// <summary>
/// TREC-style <c>&lt;DOC&gt;</c> files as the ANT corpus ships them: DOCNO, URL, SRC, CAT, TITLE, TIME (RFC-822),
/// AUTHOR, ABSTRACT, TEXT. Not XML (text holds bare "&lt;" and "&amp;"), so tags are found by name, and the text
/// between them is taken as it is. A file may hold several DOCs; a DOC with an unclosed tag or no TEXT is reported
/// with the line it starts on and the next DOC is read.
/// </summary>
internal static class AntDocReader
{
    private const string DocOpen = "<DOC>";
    private const string DocClose = "</DOC>";

    private static readonly string[] Tags = ["DOCNO", "URL", "SRC", "CAT", "TITLE", "TIME", "AUTHOR", "ABSTRACT", "TEXT"];

    public static IEnumerable<ReadResult> Read(SourceDocument document)
    {
        var text = document.Text;
        var lines = new LineIndex(text);
        var position = 0;
        var found = false;
        while (true)
        {
            var open = text.IndexOf(DocOpen, position, StringComparison.OrdinalIgnoreCase);
            if (open < 0)
            {
                break;
            }

            found = true;
            var start = open + DocOpen.Length;
            var nextOpen = text.IndexOf(DocOpen, start, StringComparison.OrdinalIgnoreCase);
            var close = text.IndexOf(DocClose, start, StringComparison.OrdinalIgnoreCase);
            var where = $"line {lines.LineOf(open).ToString(CultureInfo.InvariantCulture)}";
            if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            {
                yield return document.Fail(where, "<DOC> is not closed by </DOC>");
                position = nextOpen >= 0 ? nextOpen : text.Length;
                continue;
            }

            yield return ReadDoc(document, text, start, close, where, lines);
            position = close + DocClose.Length;
        }

        if (!found)
        {
            yield return document.Fail("file", "no <DOC> found");
        }
    }

    private static ReadResult ReadDoc(SourceDocument document, string text, int start, int end, string where, LineIndex lines)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in Tags)
        {
            var openTag = $"<{tag}>";
            var open = text.IndexOf(openTag, start, end - start, StringComparison.OrdinalIgnoreCase);
            if (open < 0)
            {
                continue;
            }

            var valueStart = open + openTag.Length;
            var close = text.IndexOf($"</{tag}>", valueStart, end - valueStart, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                return document.Fail(where, $"<{tag}> opened on line {lines.LineOf(open).ToString(CultureInfo.InvariantCulture)} is not closed");
            }

            fields[tag] = text[valueStart..close];
        }

        if (!fields.TryGetValue("TEXT", out var rawBody))
        {
            return document.Fail(where, "no <TEXT> in this <DOC>");
        }

        var body = DraftText.Body(rawBody);
        if (body.Length == 0)
        {
            return document.Fail(where, "empty body");
        }

        DateTimeOffset? published = null;
        if (DraftText.Line(fields.GetValueOrDefault("TIME")) is { } rawTime)
        {
            if (!DateParsing.TryParse(rawTime, out var parsed))
            {
                return document.Fail(where, $"unrecognised <TIME> \"{rawTime}\" ({DateParsing.Expected})");
            }

            published = parsed;
        }

        // The byline names the city and the writer; the outlet is the one SRC names, not an agency it credits.
        var author = AuthorField.Parse(fields.GetValueOrDefault("AUTHOR"));
        var summary = DraftText.Body(fields.GetValueOrDefault("ABSTRACT"));
        return ReadResult.Ok(new ArticleDraft
        {
            Title = DraftText.Line(fields.GetValueOrDefault("TITLE")) ?? DraftText.TitleFromBody(body, document.FallbackTitle),
            Body = body,
            Author = author.Author,
            Dateline = author.Dateline,
            Source = DraftText.Line(fields.GetValueOrDefault("SRC")) ?? FolderName(document, levelsUp: 2),
            Category = DraftText.Line(fields.GetValueOrDefault("CAT")) ?? FolderName(document, levelsUp: 1),
            ExternalId = DraftText.Line(fields.GetValueOrDefault("DOCNO")),
            Url = DraftText.Line(fields.GetValueOrDefault("URL")),
            Summary = summary.Length == 0 ? null : summary,
            PublishedAt = published,
            Origin = document.Origin(where),
        });
    }

    /// <summary>The corpus lays files out as Source/category/DOCNO.txt; the folders stand in for an empty SRC or CAT.</summary>
    private static string? FolderName(SourceDocument document, int levelsUp)
    {
        if (document.FilePath is null)
        {
            return null;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(document.FilePath));
        for (var i = 1; i < levelsUp && directory is not null; i++)
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory is null ? null : DraftText.Line(Path.GetFileName(directory));
    }

    /// <summary>Line numbers (1-based) of character offsets, by binary search over the newline positions.</summary>
    private sealed class LineIndex(string text)
    {
        private List<int>? newlines;

        public int LineOf(int offset)
        {
            newlines ??= FindNewlines(text);
            var index = newlines.BinarySearch(offset);
            return (index < 0 ? ~index : index) + 1;
        }

        private static List<int> FindNewlines(string text)
        {
            var found = new List<int>();
            for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1))
            {
                found.Add(i);
            }

            return found;
        }
    }
}
