using System.Text.Json.Nodes;
using MediaMonitor.Analysis.Actors;
using MediaMonitor.Analysis.Text;
using Xunit.Abstractions;

namespace MediaMonitor.Analysis.Tests.Actors;

/// <summary>The seed article's actors (../shared/corpus/seed gold): found, typed, and their surface forms merged.</summary>
public sealed class SeedArticleActorsTests(ITestOutputHelper output)
{
    [SharedCorpusFact]
    public void SeedActorsAreFoundUnderTheirFullNames()
    {
        var raw = File.ReadAllText(SharedCorpus.File("corpus", "seed", "kadhimi-nato.txt"));
        var body = raw[(raw.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        var gold = JsonNode.Parse(File.ReadAllText(SharedCorpus.File("corpus", "seed", "kadhimi-nato.gold.json")))!;
        var analysis = ArticleAnalyzer.Analyze(new ArticleText(body));
        foreach (var group in analysis.Mentions.GroupBy(m => (m.Name, m.Type)))
        {
            output.WriteLine($"{group.Key.Type} {group.Key.Name}: {string.Join(" | ", group.Select(m => m.Span.Slice(body)).Distinct())}");
        }

        var missing = new List<string>();
        foreach (var actor in gold["actors"]!.AsArray())
        {
            var name = actor!["name"]!.GetValue<string>();
            if (!body.Contains(name.Split(' ')[^1], StringComparison.Ordinal))
            {
                continue; // the byline author is not in the body
            }

            var key = ArabicNormalizer.NormalizeForMatching(name);
            if (!analysis.Mentions.Any(m => ArabicNormalizer.NormalizeForMatching(m.Name).Contains(key, StringComparison.Ordinal)))
            {
                missing.Add(name);
            }
        }

        output.WriteLine($"missing: {string.Join(", ", missing)}");
        Assert.Empty(missing);
    }
}
