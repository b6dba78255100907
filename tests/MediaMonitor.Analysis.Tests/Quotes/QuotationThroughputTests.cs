using System.Diagnostics;
using System.Text.RegularExpressions;
using MediaMonitor.Analysis.Quotes;
using Xunit.Abstractions;

namespace MediaMonitor.Analysis.Tests.Quotes;

/// <summary>Quotation extraction speed on real news (../shared/corpus/ant-dev), one core.</summary>
public sealed partial class QuotationThroughputTests(ITestOutputHelper output)
{
    [SharedCorpusFact]
    public void ExtractsFastEnoughForBulkImport()
    {
        var texts = LoadTexts();
        var rate = Measure(texts, t => QuotationExtractor.Extract(t).Count, "quotations");

        // a debug build on a shared CI machine is several times slower than the release target of 1,500/s
        Assert.True(rate >= 300, $"{rate:F0} articles/s");
    }

    [SharedCorpusFact]
    public void FullAnalysisIsFastEnoughForBulkImport()
    {
        var texts = LoadTexts();
        var rate = Measure(texts, t => ArticleAnalyzer.Analyze(new ArticleText(t)).Mentions.Count, "mentions");

        Assert.True(rate >= 250, $"{rate:F0} articles/s");
    }

    private static List<string> LoadTexts() =>
        Directory.EnumerateFiles(SharedCorpus.File("corpus", "ant-dev"), "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => TextElement().Match(File.ReadAllText(f)))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToList();

    private double Measure(List<string> texts, Func<string, int> analyze, string what)
    {
        // warm-up: one full pass, so that tiered JIT has optimised the hot paths before the clock starts
        foreach (var t in texts)
        {
            analyze(t);
        }

        // best of three passes: other builds share the machine, and the best pass is the one least disturbed
        var best = TimeSpan.MaxValue;
        var found = 0;
        for (var pass = 0; pass < 3; pass++)
        {
            found = 0;
            var clock = Stopwatch.StartNew();
            foreach (var t in texts)
            {
                found += analyze(t);
            }

            clock.Stop();
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }

        var perSecond = texts.Count / best.TotalSeconds;
        var megabytes = texts.Sum(t => t.Length * 2.0) / 1_000_000;
        output.WriteLine($"{texts.Count} articles ({megabytes:F1} MB UTF-16), {found} {what}: best pass {best.TotalMilliseconds:F0} ms = " +
                         $"{perSecond:F0} articles/s, {megabytes / best.TotalSeconds:F1} MB/s on one thread");
        return perSecond;
    }

    [GeneratedRegex(@"<TEXT>\s*(.*?)\s*</TEXT>", RegexOptions.Singleline)]
    private static partial Regex TextElement();
}
