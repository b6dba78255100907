using System.Diagnostics;
using System.Text.RegularExpressions;
using MediaMonitor.Analysis.Quotes;
using MediaMonitor.Analysis.Text;
using Xunit.Abstractions;

namespace MediaMonitor.Analysis.Tests.Quotes;

// TEMPORARY profiling, removed before hand-over
public sealed class QuoteProfile(ITestOutputHelper output)
{
    [SharedCorpusFact]
    public void Profile()
    {
        if (Environment.GetEnvironmentVariable("MM_PROFILE") is null)
        {
            return;
        }

        var texts = Directory.EnumerateFiles(SharedCorpus.File("corpus", "ant-dev"), "*.txt", SearchOption.AllDirectories)
            .Select(f => Regex.Match(File.ReadAllText(f), @"<TEXT>\s*(.*?)\s*</TEXT>", RegexOptions.Singleline)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        for (var round = 0; round < 2; round++)
        {
            var c = Stopwatch.StartNew();
            foreach (var t in texts) { ArabicTokenizer.Tokenize(t); }
            var tok = c.ElapsedMilliseconds; c.Restart();
            foreach (var t in texts) { QuoteMarkScanner.Scan(t); }
            var scan = c.ElapsedMilliseconds; c.Restart();
            foreach (var t in texts) { _ = new ArticleDocument(t); }
            var doc = c.ElapsedMilliseconds; c.Restart();
            foreach (var t in texts) { new QuotationRun(new ArticleDocument(t), new QuoteExtractionOptions()).Execute(); }
            var all = c.ElapsedMilliseconds; c.Restart();
            foreach (var t in texts) { foreach (var tk in ArabicTokenizer.Tokenize(t)) { ReportingCues.Find(tk.Normalized); } }
            var cues = c.ElapsedMilliseconds;
            output.WriteLine($"tokenize {tok} scan {scan} doc {doc} all {all} tok+cues {cues} ms for {texts.Count}");
        }
    }
}
