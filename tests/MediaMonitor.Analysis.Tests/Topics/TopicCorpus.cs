using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MediaMonitor.Analysis.Tests.Topics;

/// <summary>
/// Real news in ../shared/corpus (beside the folder holding MediaMonitor.sln), read at run time and never copied
/// into the repository. The build may live in an artifacts folder outside the repository, so the search starts both
/// from the test binaries and from the repository root the build stamped into the assembly.
/// </summary>
internal static partial class TopicCorpus
{
    private static readonly Lazy<string?> Root = new(FindCorpusRoot);

    public static bool Has(string folder) => Root.Value is { } root && Directory.Exists(Path.Combine(root, folder));

    /// <summary>Every ANT article with its editorial category (the folder name), in a stable order.</summary>
    public static IReadOnlyList<CorpusArticle> LoadAntDev()
    {
        var articles = new List<CorpusArticle>();
        foreach (var file in Directory.EnumerateFiles(Folder("ant-dev"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var doc = File.ReadAllText(file);
            var text = TextElement().Match(doc);
            if (!text.Success)
            {
                continue;
            }

            var title = TitleElement().Match(doc);
            var category = Path.GetFileName(Path.GetDirectoryName(file)!);
            articles.Add(new CorpusArticle(category, title.Success ? title.Groups[1].Value.Trim() : null, text.Groups[1].Value));
        }

        return articles;
    }

    /// <summary>SaudiNewsNet articles, with the newspaper as the category: it has no section labels.</summary>
    public static IReadOnlyList<CorpusArticle> LoadSaudiNewsNet() =>
        [.. File.ReadLines(Path.Combine(Folder("saudinewsnet-dev"), "saudinewsnet-dev.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line =>
            {
                using var json = JsonDocument.Parse(line);
                var e = json.RootElement;
                return new CorpusArticle(e.GetProperty("source").GetString()!, e.GetProperty("title").GetString(), e.GetProperty("content").GetString() ?? string.Empty);
            })];

    private static string Folder(string name) =>
        Path.Combine(Root.Value ?? throw new InvalidOperationException("../shared/corpus not found"), name);

    private static string? FindCorpusRoot()
    {
        var starts = new List<string> { AppContext.BaseDirectory };
        var stamped = typeof(TopicCorpus).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (!string.IsNullOrEmpty(stamped))
        {
            starts.Add(stamped);
        }

        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MediaMonitor.sln")))
                {
                    var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
                    if (Directory.Exists(corpus))
                    {
                        return corpus;
                    }

                    break;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"<TEXT>(.*?)</TEXT>", RegexOptions.Singleline)]
    private static partial Regex TextElement();

    [GeneratedRegex(@"<TITLE>(.*?)</TITLE>", RegexOptions.Singleline)]
    private static partial Regex TitleElement();
}

internal sealed record CorpusArticle(string Category, string? Title, string Text);

/// <summary>A fact that needs a folder of ../shared/corpus; skipped, saying so, when the data is not there.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute(string folder)
    {
        if (!TopicCorpus.Has(folder))
        {
            Skip = $"needs ../shared/corpus/{folder} beside the folder holding MediaMonitor.sln (evaluation data is not part of the repo)";
        }
    }
}
