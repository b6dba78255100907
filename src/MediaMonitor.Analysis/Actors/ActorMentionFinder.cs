using MediaMonitor.Analysis.Quotes;
using MediaMonitor.Analysis.Text;

namespace MediaMonitor.Analysis.Actors;

/// <summary>
/// Finds people (named after a title or role, or as speakers), organisations (named by a head noun such as وزارة,
/// وكالة, حزب) and places (from the project's gazetteer), clitic-aware, and gives every surface form of one actor
/// the fullest name the article uses. Pure and thread-safe.
/// </summary>
public static class ActorMentionFinder
{
    public static IReadOnlyList<ActorMention> Find(string text) => Find(text, []);

    /// <param name="text">The article body.</param>
    /// <param name="quotations">Quotations already extracted from the same text: their speakers are actors too.</param>
    public static IReadOnlyList<ActorMention> Find(string text, IReadOnlyList<Quotation> quotations)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(quotations);
        return Find(new ArticleDocument(text), quotations);
    }

    internal static IReadOnlyList<ActorMention> Find(ArticleDocument d, IReadOnlyList<Quotation> quotations)
    {
        var found = new List<ActorMention>();
        FindPlaces(d, found);
        FindOrganizations(d, found);
        FindPeople(d, quotations, found);
        return Resolve(found);
    }

    private static void FindPlaces(ArticleDocument d, List<ActorMention> found)
    {
        for (var i = 0; i < d.Count; i++)
        {
            if (!d.IsWord(i))
            {
                continue;
            }

            for (var n = Math.Min(PlaceGazetteer.MaxWords, d.Count - i); n >= 1; n--)
            {
                if (MatchPlace(d, i, n) is { } match)
                {
                    found.Add(new ActorMention(match.Name, match.Span, ActorType.Place));
                    i += n - 1;
                    break;
                }
            }
        }
    }

    private static (string Name, TextSpan Span)? MatchPlace(ArticleDocument d, int i, int n)
    {
        if (!CouldStartPlace(d.Norm(i)))
        {
            return null;
        }

        for (var k = i + 1; k < i + n; k++)
        {
            if (!d.IsWord(k))
            {
                return null;
            }
        }

        var rest = n == 1 ? string.Empty : " " + string.Join(' ', Enumerable.Range(i + 1, n - 1).Select(d.Norm));
        foreach (var (candidate, prefix) in Readings(d.Norm(i)))
        {
            if (PlaceGazetteer.Find(candidate + rest) is { } name)
            {
                var start = d[i].Start + WrittenLength(d, i, prefix);
                return (name, TextSpan.FromBounds(start, d[i + n - 1].End));
            }
        }

        return null;
    }

    // allocation-free pre-check of the readings below: most words of an article start no place name
    private static bool CouldStartPlace(string w)
    {
        var s = w.AsSpan();
        if (PlaceGazetteer.StartsAPlace(s))
        {
            return true;
        }

        for (var skip = 1; skip <= 3 && skip < s.Length - 1; skip++)
        {
            if (s[skip - 1] is not ('و' or 'ف' or 'ب' or 'ل' or 'ك'))
            {
                return false;
            }

            if (PlaceGazetteer.StartsAPlace(s[skip..]) || (s[skip - 1] == 'ل' && s[skip] == 'ل'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word and its readings without proclitics, each with the number of letters taken off.</summary>
    private static IEnumerable<(string Reading, int Prefix)> Readings(string w)
    {
        yield return (w, 0);
        var split = ArabicClitics.Split(w);
        if (split.HasArticle && split.Prefix.Length > 2)
        {
            // والعراق, بالعراق → العراق; للعراق → العراق (the alef of the article is elided after ل)
            yield return ("ال" + split.Stem, split.Prefix.EndsWith("ال", StringComparison.Ordinal) ? split.Prefix.Length - 2 : split.Prefix.Length - 1);
        }

        if (w.Length > 3 && w[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك')
        {
            yield return (w[1..], 1);
            if (w.Length > 4 && w[0] is 'و' or 'ف' && w[1] is 'ب' or 'ل' or 'ك')
            {
                yield return (w[2..], 2);
            }
        }
    }

    /// <summary>UTF-16 length of the first <paramref name="letters"/> letters of token <paramref name="i"/> as written.</summary>
    private static int WrittenLength(ArticleDocument d, int i, int letters)
    {
        var t = d[i];
        var k = 0;
        while (letters > 0 && k < t.Length)
        {
            if (ArabicNormalizer.Fold(d.Text[t.Start + k]) != '\0')
            {
                letters--;
            }

            k++;
        }

        return k;
    }

    private static void FindOrganizations(ArticleDocument d, List<ActorMention> found)
    {
        for (var i = 0; i < d.Count; i++)
        {
            if (!d.IsWord(i))
            {
                continue;
            }

            var n = d.Norm(i);
            var prefix = HeadPrefix(n);
            var definite = false;
            if (prefix < 0)
            {
                // الحكومة العراقية, للتحالف الدولي: a definite head needs a definite complement to be a name
                var split = ArabicClitics.Split(n);
                if (!split.HasArticle || !ArabicLexicon.OrganizationHeads.Contains(split.Stem) || !d.IsWord(i + 1) || !ArabicClitics.IsDefinite(d.Norm(i + 1)))
                {
                    continue;
                }

                prefix = split.Prefix.Length - (split.Prefix.EndsWith("ال", StringComparison.Ordinal) ? 2 : 1);
                definite = true;
            }

            var end = NameResolver.ExtendOrganization(d, i, i + 1);
            for (var k = i + 1; definite && k < end; k++)
            {
                if (d.Norm(k)[0] == 'ل')
                {
                    end = k; // القوات القتالية | للتحالف الدولي: a ل-phrase starts another name
                }
            }

            if (end - i < 2 || IsGeneric(d, i + 1))
            {
                continue;
            }

            var start = d[i].Start + WrittenLength(d, i, prefix);
            var span = TextSpan.FromBounds(start, d[end - 1].End);
            var name = Clean(span.Slice(d.Text));

            // للتحالف: ل + the article whose alef is elided
            if (definite && !name.StartsWith("ال", StringComparison.Ordinal) && !name.StartsWith("أل", StringComparison.Ordinal))
            {
                name = "ا" + name;
            }

            found.Add(new ActorMention(name, span, ActorType.Organization));
            i = end - 1;
        }
    }

    // شبكة إرهابية, مجموعة مسلحة: a head with an indefinite adjective is a description, not a name
    private static bool IsGeneric(ArticleDocument d, int k)
    {
        if (!d.IsWord(k) || ArabicClitics.IsDefinite(d.Norm(k)))
        {
            return false;
        }

        var written = d.Text.AsSpan(d[k].Start, d[k].Length);
        return written.EndsWith("ية", StringComparison.Ordinal) || written.EndsWith("ي", StringComparison.Ordinal)
               || written.EndsWith("ة", StringComparison.Ordinal) || written.EndsWith("ين", StringComparison.Ordinal);
    }

    // وزارة, لوزارة, ووزارة: the clitic letters before an indefinite head, or -1
    private static int HeadPrefix(string n)
    {
        if (NameResolver.IsIndefiniteHead(n))
        {
            return 0;
        }

        if (n.StartsWith("لل", StringComparison.Ordinal))
        {
            return -1; // ل + the article: a definite head
        }

        for (var p = 1; p <= 2 && p < n.Length - 2; p++)
        {
            if (n[p - 1] is not ('و' or 'ف' or 'ب' or 'ل' or 'ك'))
            {
                return -1;
            }

            if (ArabicLexicon.IsOrganizationHead(n.AsSpan(p)) && ArabicClitics.PrefixLength(n.AsSpan(p)) == 0)
            {
                return p;
            }
        }

        return -1;
    }

    private static void FindPeople(ArticleDocument d, IReadOnlyList<Quotation> quotations, List<ActorMention> found)
    {
        for (var i = 0; i < d.Count; i++)
        {
            if (!d.IsWord(i) || !ArabicLexicon.Titles.Contains(d.Norm(i)))
            {
                continue;
            }

            var k = i;
            while (k < d.Count && k - i < 8 && d.IsWord(k) && d.SameSentence(i, k) && !SpeakerPhrases.StopsPhrase(d.Norm(k), k == i))
            {
                k++;
            }

            if (SpeakerPhrases.NamePart(d, new Phrase(i, k)) is not { } name)
            {
                continue;
            }

            var full = NameResolver.Expand(d, name);
            found.Add(new ActorMention(d.Surface(full.From, full.To), d.SpanOf(name.From, name.To), ActorType.Person));
            i = name.To - 1;
        }

        foreach (var q in quotations)
        {
            if (q.Speaker is { Type: SpeakerType.Person or SpeakerType.Organization } s && s.Mention.Length > 0)
            {
                found.Add(new ActorMention(s.Name, s.Mention, s.Type == SpeakerType.Person ? ActorType.Person : ActorType.Organization));
            }
        }

        // surnames on their own: الكاظمي after مصطفى الكاظمي
        var people = found.Where(m => m.Type == ActorType.Person && m.Name.Contains(' ', StringComparison.Ordinal))
            .Select(m => m.Name).Distinct(StringComparer.Ordinal).ToList();
        foreach (var person in people)
        {
            var surname = ArabicNormalizer.NormalizeWord(person.AsSpan(person.LastIndexOf(' ') + 1));
            if (surname.Length < 3 || ArabicLexicon.FunctionWords.Contains(surname))
            {
                continue;
            }

            foreach (var j in d.Occurrences(surname))
            {
                var prefix = d.Norm(j).Length - surname.Length;
                var start = d[j].Start + WrittenLength(d, j, prefix);
                found.Add(new ActorMention(person, TextSpan.FromBounds(start, d[j].End), ActorType.Person));
            }
        }
    }

    /// <summary>Keeps one mention per stretch of text (the longest), and gives each actor one name.</summary>
    private static List<ActorMention> Resolve(List<ActorMention> found)
    {
        var ordered = found.OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length).ToList();
        var result = new List<ActorMention>(ordered.Count);
        foreach (var m in ordered)
        {
            if (m.Name.Length == 0 || (result.Count > 0 && result[^1].Span.Overlaps(m.Span)))
            {
                continue;
            }

            result.Add(m);
        }

        // a short organisation name inside a longer one of the article (الدفاع الروسية → وزارة الدفاع الروسية)
        var names = result.Select(m => m.Name).Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < result.Count; i++)
        {
            var m = result[i];
            var longer = names.Where(n => n.Length > m.Name.Length && n.EndsWith(" " + m.Name, StringComparison.Ordinal)).MaxBy(n => n.Length);
            if (longer is not null && m.Type != ActorType.Place)
            {
                result[i] = m with { Name = longer };
            }
        }

        return result;
    }

    private static string Clean(string s) => s.Replace("\"", string.Empty, StringComparison.Ordinal).Replace("«", string.Empty, StringComparison.Ordinal)
        .Replace("»", string.Empty, StringComparison.Ordinal).Replace("#", string.Empty, StringComparison.Ordinal).Replace('_', ' ').Trim();
}
