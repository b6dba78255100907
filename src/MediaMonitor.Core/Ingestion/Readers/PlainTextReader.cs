using MediaMonitor.Analysis.Bylines;

namespace MediaMonitor.Core.Ingestion.Readers;

/// <summary>
/// One article per plain-text file, as the seed article is written: an optional byline on the first line
/// ("هدى جاسم، وكالات (بغداد)"), then the body. There is no title line, so the title is the body's first sentence.
/// Without a recognisable byline the whole text is the body. The text is kept as written, markup included.
/// </summary>
internal static class PlainTextReader
{
    public static IEnumerable<ReadResult> Read(SourceDocument document)
    {
        var text = DraftText.Body(document.Text);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var byline = Byline.Empty;
        if (BylineParser.TryParseBylineLine(newline < 0 ? text : text[..newline], out var parsed))
        {
            byline = parsed;
            text = newline < 0 ? string.Empty : text[(newline + 1)..];
        }

        if (text.Length == 0)
        {
            yield return document.Fail("file", "empty body");
            yield break;
        }

        yield return ReadResult.Ok(new ArticleDraft
        {
            Title = DraftText.TitleFromBody(text, document.FallbackTitle),
            Body = text,
            Author = DraftText.Line(byline.AuthorText),
            Source = DraftText.Line(byline.Source),
            Dateline = DraftText.Line(byline.City),
            Origin = document.Origin(null),
        });
    }
}
