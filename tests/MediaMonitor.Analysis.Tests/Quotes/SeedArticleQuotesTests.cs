using System.Text.Json.Nodes;
using MediaMonitor.Analysis.Quotes;
using Xunit.Abstractions;

namespace MediaMonitor.Analysis.Tests.Quotes;

/// <summary>The project's seed article (../shared/corpus/seed) against its hand-made gold: every quotation right.</summary>
public sealed class SeedArticleQuotesTests(ITestOutputHelper output)
{
    private static (string Body, JsonNode Gold) Load()
    {
        var raw = File.ReadAllText(SharedCorpus.File("corpus", "seed", "kadhimi-nato.txt"));
        var body = raw[(raw.IndexOf('\n', StringComparison.Ordinal) + 1)..]; // the first line is the byline
        var gold = JsonNode.Parse(File.ReadAllText(SharedCorpus.File("corpus", "seed", "kadhimi-nato.gold.json")))!;
        return (body, gold);
    }

    [SharedCorpusFact]
    public void SeedQuotationsMatchTheGoldExactly()
    {
        var (body, gold) = Load();
        var quotes = QuotationExtractor.Extract(body);
        foreach (var q in quotes)
        {
            output.WriteLine($"{q.Kind} [{q.Cue}] {q.Speaker?.Name}: {q.Text}");
        }

        var expected = gold["quotes"]!.AsArray()
            .Select(q => (Kind: q!["kind"]!.GetValue<string>(), Speaker: q["speaker"]!.GetValue<string>(), Text: q["text"]!.GetValue<string>()))
            .ToList();
        Assert.Equal(expected.Count, quotes.Count);
        Assert.Equal(expected.Count(e => e.Kind == "direct"), quotes.Count(q => q.Kind == QuoteKind.Direct));
        foreach (var (e, q) in expected.OrderBy(e => body.IndexOf(e.Text, StringComparison.Ordinal)).Zip(quotes))
        {
            Assert.Equal(e.Text, q.Text.Trim().TrimEnd('.'));
            Assert.Equal(e.Kind, q.Kind == QuoteKind.Direct ? "direct" : "indirect");
            Assert.Equal(e.Speaker, q.Speaker?.Name);
            Assert.Equal(q.Text, q.Span.Slice(body));
        }

        foreach (var notQuote in gold["not_quotes"]!.AsArray())
        {
            Assert.DoesNotContain(quotes, q => q.Text == notQuote!.GetValue<string>());
        }
    }

    [SharedCorpusFact]
    public void SeedScoresPerfectlyWithTheProjectScorer()
    {
        var (body, gold) = Load();
        var dir = Directory.CreateTempSubdirectory("mm-seed-");
        try
        {
            var goldLine = new JsonObject
            {
                ["docno"] = "kadhimi-nato",
                ["quotes"] = gold["quotes"]!.DeepClone(),
                ["not_quotes"] = gold["not_quotes"]!.DeepClone(),
            };
            var goldPath = Path.Combine(dir.FullName, "gold.jsonl");
            var predPath = Path.Combine(dir.FullName, "pred.jsonl");
            File.WriteAllText(goldPath, goldLine.ToJsonString() + "\n");
            File.WriteAllText(predPath, QuotesDevEvaluation.PredictionLine("kadhimi-nato", QuotationExtractor.Extract(body)) + "\n");

            var score = QuotesDevEvaluation.Score(goldPath, predPath);
            output.WriteLine(score.Summary);
            Assert.Equal(1.0, score.Precision);
            Assert.Equal(1.0, score.Recall);
            Assert.Equal(1.0, score.SpeakerAccuracy);
            Assert.Equal(1.0, score.NotQuoteRejection);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
