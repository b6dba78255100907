using System.Text.Json.Nodes;
using MediaMonitor.Analysis.Quotes;
using Xunit.Abstractions;

namespace MediaMonitor.Analysis.Tests.Quotes;

// TEMPORARY diagnostics, removed before hand-over
public sealed class QuoteDebug(ITestOutputHelper output)
{
    [SharedCorpusFact]
    public void Dump()
    {
        var want = Environment.GetEnvironmentVariable("MM_DOC");
        if (string.IsNullOrEmpty(want))
        {
            return;
        }

        var file = Environment.GetEnvironmentVariable("MM_FILE") ?? SharedCorpus.File("corpus", "quotes-dev", "articles.jsonl");
        foreach (var line in File.ReadLines(file))
        {
            var a = JsonNode.Parse(line)!;
            if (want != "*" && a["docno"]!.GetValue<string>() != want)
            {
                continue;
            }

            var text = a["text"]!.GetValue<string>();
            var d = new ArticleDocument(text);
            output.WriteLine($"DOC {a["docno"]}");
            if (want != "*")
            {
                foreach (var s in d.Segments)
                {
                    output.WriteLine($"SEG {s.OpenMark} {s.CloseMark} [{s.Content.Slice(text)}]");
                }
            }

            foreach (var q in QuotationExtractor.Extract(text))
            {
                var ctx = text[Math.Max(0, q.Span.Start - 70)..q.Span.Start].Replace('\n', '/');
                output.WriteLine($"Q {q.Kind} cue={q.Cue} spk={q.Speaker?.Name} ({q.Speaker?.Type}) <{ctx}> [{q.Text[..Math.Min(60, q.Text.Length)]}]");
            }
        }
    }
}
