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
        var texts = Directory.EnumerateFiles(SharedCorpus.File("corpus", "ant-dev"), "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => TextElement().Match(File.ReadAllText(f)))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToList();
        foreach (var t in texts.Take(50))
        {
            QuotationExtractor.Extract(t); // warm-up: JIT and frozen lexicons
        }

        var quotes = 0;
        var clock = Stopwatch.StartNew();
        foreach (var t in texts)
        {
            quotes += QuotationExtractor.Extract(t).Count;
        }

        clock.Stop();
        var perSecond = texts.Count / clock.Elapsed.TotalSeconds;
        var megabytes = texts.Sum(t => t.Length * 2.0) / 1_000_000;
        output.WriteLine($"{texts.Count} articles, {quotes} quotations, {clock.ElapsedMilliseconds} ms: {perSecond:F0} articles/s, {megabytes / clock.Elapsed.TotalSeconds:F1} MB/s (UTF-16)");

        // a debug build on a shared CI machine is several times slower than the release target of 1,500/s
        Assert.True(perSecond >= 300, $"{perSecond:F0} articles/s");
    }

    [GeneratedRegex(@"<TEXT>\s*(.*?)\s*</TEXT>", RegexOptions.Singleline)]
    private static partial Regex TextElement();
}
