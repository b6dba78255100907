using System.Text;
using MediaMonitor.Analysis;
using MediaMonitor.Analysis.Actors;
using MediaMonitor.Analysis.Registry;

namespace MediaMonitor.Core.Analysis;

/// <summary>
/// Tags pre-tokenised text (CoNLL: one token per line) with BIO PERS/ORG/LOC from the actor analysis, so that the
/// recognition can be scored against a NER corpus. Tokens are joined with spaces, analysed like an article, and
/// each mention's span is mapped back onto the tokens it covers.
/// </summary>
public static class ConllTagger
{
    /// <summary>Windows end at a sentence-final token after this many tokens: the corpus has no document breaks.</summary>
    private const int WindowTokens = 500;

    public static IReadOnlyList<string> Tag(IReadOnlyList<string> tokens, ActorRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var tags = new List<string>(tokens.Count);
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var end = i + 1 == tokens.Count || tokens[i].Length == 0 || (i + 1 - start >= WindowTokens && tokens[i] is "." or "؟" or "!");
            if (end)
            {
                tags.AddRange(TagWindow(tokens, start, i + 1, registry));
                start = i + 1;
            }
        }

        return tags;
    }

    private static string[] TagWindow(IReadOnlyList<string> tokens, int from, int to, ActorRegistry registry)
    {
        var count = to - from;
        var tags = new string[count];
        Array.Fill(tags, "O");
        var text = new StringBuilder();
        var starts = new int[count];
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            starts[i] = text.Length;
            text.Append(tokens[from + i]);
        }

        var body = text.ToString();
        if (body.Trim().Length == 0)
        {
            return tags;
        }

        var linked = ActorLinker.Link(body, ArticleAnalyzer.Analyze(new ArticleText(body)), registry);
        // Longest first: a person's full name wins over a place inside it.
        foreach (var mention in linked.Mentions.Where(m => !m.IsAnaphor).OrderByDescending(m => m.Span.Length))
        {
            var label = mention.Actor.Type switch { ActorType.Person => "PERS", ActorType.Organization => "ORG", _ => "LOC" };
            var covered = Enumerable.Range(0, count)
                .Where(i => starts[i] < mention.Span.Start + mention.Span.Length && starts[i] + tokens[from + i].Length > mention.Span.Start)
                .ToList();
            if (covered.Count == 0 || covered.Any(i => tags[i] != "O"))
            {
                continue;
            }

            for (var k = 0; k < covered.Count; k++)
            {
                tags[covered[k]] = (k == 0 ? "B-" : "I-") + label;
            }
        }

        return tags;
    }
}
