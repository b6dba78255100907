using System.Globalization;
using System.Text.Json;

namespace MediaMonitor.Core.Ingestion.Readers;

/// <summary>
/// JSON (an array of articles, one article, or {"articles": [...]} / {"items": [...]}) and JSON Lines (one
/// article per line; a bad line is reported and the rest of the file is still read). String values are kept
/// exactly as written: markup in an article's text stays text.
/// </summary>
internal static class JsonArticleReader
{
    private static readonly string[] Containers = ["articles", "items", "entries", "documents", "data"];

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static IEnumerable<ReadResult> ReadJson(SourceDocument document)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(document.Text, Options);
        }
        catch (JsonException ex)
        {
            // A .json file that is really JSON Lines is common enough to read as what it is.
            if (LooksLikeJsonLines(document.Text))
            {
                return ReadJsonLines(document);
            }

            var line = (ex.LineNumber ?? 0) + 1;
            return [document.Fail($"line {line.ToString(CultureInfo.InvariantCulture)}", "invalid JSON: " + Describe(ex))];
        }

        return ReadParsed(json, document);
    }

    public static IEnumerable<ReadResult> ReadJsonLines(SourceDocument document)
    {
        var lineNumber = 0;
        foreach (var line in document.Text.Split('\n'))
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            var position = $"line {lineNumber.ToString(CultureInfo.InvariantCulture)}";
            yield return ReadLine(trimmed, document, position);
        }
    }

    private static ReadResult ReadLine(string line, SourceDocument document, string position)
    {
        try
        {
            using var json = JsonDocument.Parse(line, Options);
            return json.RootElement.ValueKind == JsonValueKind.Object
                ? FromObject(json.RootElement, document, position)
                : document.Fail(position, $"expected a JSON object, found {Describe(json.RootElement.ValueKind)}");
        }
        catch (JsonException ex)
        {
            return document.Fail(position, "invalid JSON: " + Describe(ex));
        }
    }

    private static IEnumerable<ReadResult> ReadParsed(JsonDocument json, SourceDocument document)
    {
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object && FindContainer(root) is { } container)
            {
                root = container;
            }

            if (root.ValueKind == JsonValueKind.Object)
            {
                yield return FromObject(root, document, position: null);
                yield break;
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                yield return document.Fail("file", $"expected a JSON array or object, found {Describe(root.ValueKind)}");
                yield break;
            }

            var index = 0;
            foreach (var item in root.EnumerateArray())
            {
                index++;
                var position = $"item {index.ToString(CultureInfo.InvariantCulture)}";
                yield return item.ValueKind == JsonValueKind.Object
                    ? FromObject(item, document, position)
                    : document.Fail(position, $"expected a JSON object, found {Describe(item.ValueKind)}");
            }

            if (index == 0)
            {
                yield return document.Fail("file", "no articles (empty JSON array)");
            }
        }
    }

    private static ReadResult FromObject(JsonElement item, SourceDocument document, string? position)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in item.EnumerateObject())
        {
            fields.TryAdd(property.Name, property.Value);
        }

        string? Field(string[] names)
        {
            foreach (var name in names)
            {
                if (fields.TryGetValue(name, out var value) && AsText(value) is { } text && !string.IsNullOrWhiteSpace(text))
                {
                    return text;
                }
            }

            return null;
        }

        return ArticleFields.Build(Field, document, position ?? "item 1");
    }

    private static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",

        // ["هدى جاسم", "علي حسن"] as authors, [{"name": ...}] as structured authors.
        JsonValueKind.Array => Join(value.EnumerateArray().Select(AsText)),
        JsonValueKind.Object => value.TryGetProperty("name", out var name) ? AsText(name)
            : value.TryGetProperty("text", out var text) ? AsText(text)
            : null,
        _ => null,
    };

    private static string? Join(IEnumerable<string?> values)
    {
        var parts = values.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        return parts.Count == 0 ? null : string.Join("، ", parts);
    }

    private static JsonElement? FindContainer(JsonElement root)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array && Containers.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static bool LooksLikeJsonLines(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(3).ToList();
        return lines.Count > 1 && lines.All(l => l.StartsWith('{') && l.EndsWith('}'));
    }

    private static string Describe(JsonException ex)
    {
        // System.Text.Json appends its own " LineNumber: … | BytePositionInLine: …" which the position already says.
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var reason = (cut > 0 ? message[..cut] : message).Trim().TrimEnd('.');
        return ex.BytePositionInLine is { } column ? $"{reason} (byte {(column + 1).ToString(CultureInfo.InvariantCulture)} of the line)" : reason;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an object",
    };
}
