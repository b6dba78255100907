using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MediaMonitor.Analysis.Quotes;
using Xunit.Abstractions;

namespace MediaMonitor.Analysis.Tests.Quotes;

/// <summary>
/// Quality floors on the quotes-dev gold (real articles read at run time from ../shared), measured with the
/// project's scorer. The floors sit just under the measured figures so that a regression fails the build.
/// </summary>
public sealed partial class QuotesDevEvaluation(ITestOutputHelper output)
{
    [SharedCorpusFact]
    public void QuotesDevMeetsQualityFloors()
    {
        var predictions = Path.Combine(Path.GetTempPath(), $"mm-quotes-dev-{Environment.ProcessId}.jsonl");
        using (var writer = new StreamWriter(predictions))
        {
            foreach (var line in File.ReadLines(SharedCorpus.File("corpus", "quotes-dev", "articles.jsonl")))
            {
                var article = JsonNode.Parse(line)!;
                var quotes = QuotationExtractor.Extract(article["text"]!.GetValue<string>())

                    // the annotation guide counts only quotations inside quote marks
                    .Where(q => q.Kind == QuoteKind.Direct);
                writer.WriteLine(PredictionLine(article["docno"]!.GetValue<string>(), quotes));
            }
        }

        var score = Score(SharedCorpus.File("corpus", "quotes-dev", "gold.jsonl"), predictions);
        output.WriteLine(score.Summary);
        output.WriteLine($"predictions: {predictions}");

        // measured: precision 0.990, recall 0.990, speaker accuracy 0.950, not-quote rejection 0.960
        Assert.True(score.Precision >= 0.97, score.Summary);
        Assert.True(score.Recall >= 0.97, score.Summary);
        Assert.True(score.SpeakerAccuracy >= 0.93, score.Summary);
        Assert.True(score.NotQuoteRejection >= 0.94, score.Summary);
    }

    internal static string PredictionLine(string docno, IEnumerable<Quotation> quotes)
    {
        var array = new JsonArray();
        foreach (var q in quotes)
        {
            array.Add(new JsonObject
            {
                ["text"] = q.Text,
                ["speaker"] = q.Speaker?.Name,
                ["kind"] = q.Kind == QuoteKind.Direct ? "direct" : "indirect",
                ["start"] = q.Span.Start,
                ["length"] = q.Span.Length,
                ["cue"] = q.Cue,
            });
        }

        return new JsonObject { ["docno"] = docno, ["quotes"] = array }.ToJsonString(JsonOptions);
    }

    internal static QuoteScore Score(string gold, string predictions)
    {
        var text = SharedCorpus.RunTool("score-quotes", gold, predictions);
        var summary = text.Trim().Split('\n')[^1];
        var m = SummaryPattern().Match(summary);
        Assert.True(m.Success, $"unexpected scorer output: {text}");
        double At(string name) => double.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture);
        return new QuoteScore(At("p"), At("r"), At("f"), At("s"), At("n"), text.Trim());
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [GeneratedRegex(@"precision (?<p>[\d.]+)\s+recall (?<r>[\d.]+)\s+F1 (?<f>[\d.]+)\s+speaker-accuracy (?<s>[\d.]+).*not-quote-rejection (?<n>[\d.]+)")]
    private static partial Regex SummaryPattern();
}

internal sealed record QuoteScore(double Precision, double Recall, double F1, double SpeakerAccuracy, double NotQuoteRejection, string Summary);
