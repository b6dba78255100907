using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MediaMonitor.Core.Ingestion.Readers;

/// <summary>
/// Plain text from HTML (feed item content, extracted page content) through a real HTML parser (AngleSharp, which
/// SmartReader brings): scripts and styles dropped, entities decoded, one paragraph per line. Only for content that
/// is HTML by its format's definition; plain-text and JSON article text never comes here.
/// </summary>
internal static class HtmlText
{
    private static readonly FrozenSet<string> Skipped = FrozenSet.ToFrozenSet(
        ["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "EMBED", "SVG", "CANVAS", "HEAD", "TITLE", "BUTTON", "SELECT", "TEXTAREA", "FORM"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Blocks = FrozenSet.ToFrozenSet(
        ["P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "BLOCKQUOTE", "PRE", "SECTION", "ARTICLE", "HEADER", "FOOTER",
         "ASIDE", "MAIN", "NAV", "FIGURE", "FIGCAPTION", "TABLE", "TR", "DL", "DT", "DD", "HR", "ADDRESS", "DETAILS", "SUMMARY", "CAPTION"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses <paramref name="html"/> as a fragment and returns its text.</summary>
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        var parser = new HtmlParser();
        using var document = parser.ParseDocument(string.Empty);
        var nodes = parser.ParseFragment(html, document.Body!);
        var sb = new StringBuilder(html.Length);
        foreach (var node in nodes)
        {
            Append(node, sb);
        }

        return DraftText.Body(sb.ToString());
    }

    /// <summary>The text of an element already in a parsed document.</summary>
    public static string ToPlainText(IElement? element)
    {
        if (element is null)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        Append(element, sb);
        return DraftText.Body(sb.ToString());
    }

    private static void Append(INode node, StringBuilder sb)
    {
        switch (node)
        {
            case IText text:
                AppendCollapsed(text.Data, sb);
                break;
            case IElement element when Skipped.Contains(element.LocalName):
                break;
            case IElement { LocalName: "br" or "BR" }:
                sb.Append('\n');
                break;
            case IElement element:
                var block = Blocks.Contains(element.LocalName);
                var cell = element.LocalName is "td" or "th";
                if (block)
                {
                    sb.Append('\n');
                }

                foreach (var child in element.ChildNodes)
                {
                    Append(child, sb);
                }

                if (block)
                {
                    sb.Append('\n');
                }
                else if (cell)
                {
                    sb.Append(' ');
                }

                break;
            default:
                foreach (var child in node.ChildNodes)
                {
                    Append(child, sb);
                }

                break;
        }
    }

    private static void AppendCollapsed(string data, StringBuilder sb)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] is not (' ' or '\n'))
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }
        }
    }
}
