using MediaMonitor.Analysis.Actors;
using MediaMonitor.Analysis.Text;

namespace MediaMonitor.Analysis.Registry;

/// <summary>
/// Within one article, short forms refer to the organisation named in full before: "للتحالف" after "التحالف الدولي",
/// "وزارة الداخلية" after "وزارة الداخلية العراقية". Mentions that are a leading part of an organisation already named
/// become mentions of it (cut to that part when the analysis ran on past the name), and a bare head noun with the
/// article ("التحالف", "الوزارة") that no mention covers refers to the last organisation with that head.
/// </summary>
internal static class ShortFormResolver
{
    public static List<LinkedMention> Resolve(string body, IReadOnlyList<Token> tokens, List<LinkedMention> mentions)
    {
        var ordered = mentions.OrderBy(m => m.Span.Start).ToList();
        var result = new List<LinkedMention>(ordered.Count);
        var named = new List<(string[] Words, ActorRef Actor, int End)>();
        foreach (var mention in ordered)
        {
            var words = WordsOf(body, mention.Span);
            if (mention.Actor.Type == ActorType.Organization && words.Count >= 2)
            {
                // A short form is the full name's opening words: all of the mention ("وزارة الداخلية"), or all of the name but
                // its last word (the nationality: "وزارة الداخلية العراقية") when the analysis ran on past the name.
                var earlier = named
                    .Where(n => n.End <= mention.Span.Start && n.Words.Length > 2 && !n.Actor.SameAs(mention.Actor))
                    .Select(n => (n.Actor, Common: CommonPrefix(n.Words, words), Full: n.Words.Length))
                    .Where(x => x.Common >= 2 && (x.Common == words.Count || x.Common == x.Full - 1))
                    .OrderByDescending(x => x.Common)
                    .FirstOrDefault();
                if (earlier.Actor is not null && mention.Actor.Known is null)
                {
                    result.Add(new LinkedMention(earlier.Actor, TextSpan.FromBounds(words[0].Start, words[earlier.Common - 1].End)));
                    continue;
                }
            }

            result.Add(mention);
            named.Add((words.Select(w => ArabicClitics.StripProclitics(w.Normalized)).ToArray(), mention.Actor, mention.Span.Start + mention.Span.Length));
        }

        AddBareHeads(tokens, result, named);
        return result;
    }

    /// <summary>"للتحالف" alone, after "التحالف الدولي": the head noun with the article and no name after it.</summary>
    private static void AddBareHeads(IReadOnlyList<Token> tokens, List<LinkedMention> result, List<(string[] Words, ActorRef Actor, int End)> named)
    {
        var organizations = named.Where(n => n.Actor.Type == ActorType.Organization && n.Words.Length >= 2).ToList();
        if (organizations.Count == 0)
        {
            return;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || !ArabicClitics.IsDefinite(token.Normalized))
            {
                continue;
            }

            var head = ArabicClitics.StripProclitics(token.Normalized);
            var referent = organizations.LastOrDefault(n => n.End <= token.Start && n.Words[0] == head);
            if (referent.Actor is null || result.Any(m => m.Span.Start < token.End && token.Start < m.Span.Start + m.Span.Length))
            {
                continue;
            }

            // "التحالف الوطني" is another name, not the coalition named before: a bare head has no definite word after it.
            if (i + 1 < tokens.Count && tokens[i + 1].IsWord && ArabicClitics.IsDefinite(tokens[i + 1].Normalized))
            {
                continue;
            }

            var clitic = ArabicClitics.PrefixLength(token.Normalized) - (token.Normalized.StartsWith("لل", StringComparison.Ordinal) ? 1 : 2);
            result.Add(new LinkedMention(referent.Actor, TextSpan.FromBounds(token.Start + Math.Max(0, clitic), token.End), IsAnaphor: true));
        }
    }

    private static List<Token> WordsOf(string body, TextSpan span) =>
        ArabicTokenizer.Tokenize(body.Substring(span.Start, span.Length))
            .Where(t => t.IsWord)
            .Select(t => t with { Start = t.Start + span.Start })
            .ToList();

    private static int CommonPrefix(string[] name, List<Token> words)
    {
        var k = 0;
        while (k < name.Length && k < words.Count && name[k] == ArabicClitics.StripProclitics(words[k].Normalized))
        {
            k++;
        }

        return k;
    }

}
