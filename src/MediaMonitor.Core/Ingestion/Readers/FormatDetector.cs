using System.Collections.Frozen;

namespace MediaMonitor.Core.Ingestion.Readers;

internal enum InputFormat
{
    PlainText,
    AntDoc,
    Json,
    JsonLines,
    Csv,
    Feed,
    Html,
}

/// <summary>
/// Which reader a file needs: the extension says the family, the first non-blank characters settle it
/// (<c>&lt;DOC&gt;</c> in a .txt, an HTML page saved as .xml, a JSON array in a .jsonl).
/// </summary>
internal static class FormatDetector
{
    private const int SniffChars = 4096;

    private static readonly FrozenDictionary<string, InputFormat> ByExtension = new Dictionary<string, InputFormat>(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = InputFormat.PlainText,
        [".text"] = InputFormat.PlainText,
        [".json"] = InputFormat.Json,
        [".jsonl"] = InputFormat.JsonLines,
        [".ndjson"] = InputFormat.JsonLines,
        [".csv"] = InputFormat.Csv,
        [".tsv"] = InputFormat.Csv,
        [".xml"] = InputFormat.Feed,
        [".rss"] = InputFormat.Feed,
        [".atom"] = InputFormat.Feed,
        [".html"] = InputFormat.Html,
        [".htm"] = InputFormat.Html,
        [".xhtml"] = InputFormat.Html,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The extensions the readers take, for messages and file pickers.</summary>
    public static IReadOnlyCollection<string> Extensions => ByExtension.Keys;

    public static bool IsSupportedExtension(string fileName) => ByExtension.ContainsKey(Path.GetExtension(fileName));

    /// <summary>The format of a file, by extension then content; null when neither says (not a file the readers take).</summary>
    public static InputFormat? Detect(string fileName, string text, string? contentType = null)
    {
        var sniffed = Sniff(text);
        if (ByExtension.TryGetValue(Path.GetExtension(fileName), out var byExtension))
        {
            return (byExtension, sniffed) switch
            {
                (InputFormat.PlainText, InputFormat.AntDoc) => InputFormat.AntDoc,
                (InputFormat.Feed, InputFormat.AntDoc or InputFormat.Html) => sniffed,
                (InputFormat.JsonLines, InputFormat.Json) when IsWholeArray(text) => InputFormat.Json,
                _ => byExtension,
            };
        }

        return ByContentType(contentType, sniffed) ?? sniffed;
    }

    /// <summary>A pretty-printed or one-line JSON array saved as .jsonl, rather than lines that are arrays.</summary>
    private static bool IsWholeArray(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty || trimmed[0] != '[')
        {
            return false;
        }

        var newline = trimmed.IndexOf('\n');
        return newline < 0 || trimmed[..newline].Trim().Length == 1;
    }

    private static InputFormat? ByContentType(string? contentType, InputFormat? sniffed)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return null;
        }

        var type = contentType.Split(';')[0].Trim().ToUpperInvariant();
        return type switch
        {
            "APPLICATION/RSS+XML" or "APPLICATION/ATOM+XML" or "APPLICATION/RDF+XML" => InputFormat.Feed,
            "APPLICATION/XML" or "TEXT/XML" => sniffed == InputFormat.Html ? InputFormat.Html : InputFormat.Feed,
            "TEXT/HTML" or "APPLICATION/XHTML+XML" => sniffed == InputFormat.Feed ? InputFormat.Feed : InputFormat.Html,
            "APPLICATION/JSON" => sniffed == InputFormat.JsonLines ? InputFormat.JsonLines : InputFormat.Json,
            "APPLICATION/X-NDJSON" or "APPLICATION/JSONL" or "APPLICATION/X-JSONLINES" => InputFormat.JsonLines,
            "TEXT/CSV" => InputFormat.Csv,
            "TEXT/PLAIN" => sniffed == InputFormat.AntDoc ? InputFormat.AntDoc : InputFormat.PlainText,
            _ => null,
        };
    }

    /// <summary>What the first non-blank characters announce, or null when they announce nothing.</summary>
    internal static InputFormat? Sniff(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, SniffChars)).TrimStart().TrimStart('\uFEFF');
        if (head.IsEmpty)
        {
            return null;
        }

        if (head[0] == '[')
        {
            return InputFormat.Json;
        }

        if (head[0] == '{')
        {
            var newline = head.IndexOf('\n');
            return newline > 0 && head[..newline].TrimEnd().EndsWith('}') && head[(newline + 1)..].TrimStart().StartsWith('{')
                ? InputFormat.JsonLines
                : InputFormat.Json;
        }

        if (head[0] != '<')
        {
            return null;
        }

        if (head.StartsWith("<DOC>", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.AntDoc;
        }

        // After an XML declaration, comments or a doctype, the first element decides.
        var root = FirstElementName(head);
        return root switch
        {
            "rss" or "feed" or "rdf:RDF" or "RDF" => InputFormat.Feed,
            "html" or "HTML" or "head" or "body" => InputFormat.Html,
            "DOC" or "doc" => InputFormat.AntDoc,
            _ when head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) => InputFormat.Html,
            _ => null,
        };
    }

    private static string? FirstElementName(ReadOnlySpan<char> head)
    {
        var i = 0;
        while (i < head.Length)
        {
            var lt = head[i..].IndexOf('<');
            if (lt < 0)
            {
                return null;
            }

            i += lt + 1;
            if (i >= head.Length)
            {
                return null;
            }

            if (head[i] is '?' or '!')
            {
                continue;
            }

            var end = i;
            while (end < head.Length && !char.IsWhiteSpace(head[end]) && head[end] is not ('>' or '/'))
            {
                end++;
            }

            return head[i..end].ToString();
        }

        return null;
    }
}
