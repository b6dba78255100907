using MediaMonitor.Analysis.Bylines;

namespace MediaMonitor.Core.Ingestion.Readers;

/// <summary>
/// An item's author field read as a byline: "القاهرة - أحمد الريدي" gives the author and the dateline, "الرياض -
/// الوئام :" a dateline and an outlet but no author, an id or a date gives nothing.
/// </summary>
internal readonly record struct AuthorField(string? Author, string? Dateline, string? Source)
{
    public static AuthorField Parse(string? raw)
    {
        var line = DraftText.Line(raw);
        if (line is null)
        {
            return default;
        }

        var byline = BylineParser.Parse(line);
        return new AuthorField(DraftText.Line(byline.AuthorText), DraftText.Line(byline.City), DraftText.Line(byline.Source));
    }
}
