using MediaMonitor.Analysis.Text;

namespace MediaMonitor.Analysis.Quotes;

/// <summary>
/// Finds the fullest form an article gives a name: the longest occurrence of the same words extended leftwards
/// over first names (الكاظمي → مصطفى الكاظمي) or an organisation head and rightwards over its adjectives
/// (حماس → حركة حماس الفلسطينية), and the antecedent of a definite head (الوكالة → وكالة … named before).
/// </summary>
internal static class NameResolver
{
    private const int MaxFirstNames = 3;
    private const int MaxOrganization = 7;

    public static Phrase Expand(ArticleDocument d, Phrase name)
    {
        if (d.ExpandCache.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var result = ExpandUncached(d, name);
        d.ExpandCache[name] = result;
        return result;
    }

    private static Phrase ExpandUncached(ArticleDocument d, Phrase name)
    {
        var len = name.Length;
        var best = name;
        var bestOrganization = name;
        var key = ArabicClitics.StripConjunction(d.Norm(name.To - 1));
        IEnumerable<int> occurrences = d.Occurrences(key);
        if (occurrences.Count() <= 1 && key.Length >= 5)
        {
            // spelled only once this way: look for a one-letter variant (أليغيري / أليغري)
            occurrences = d.WordsStartingLike(key).Where(j => SameName(d.Norm(j), key));
        }

        foreach (var j in occurrences)
        {
            if (j < len - 1)
            {
                continue;
            }

            var s = j - len + 1;
            var matches = true;
            for (var m = 0; m < len - 1 && matches; m++)
            {
                matches = d.IsWord(s + m) && SameName(d.Norm(s + m), d.Norm(name.From + m));
            }

            if (!matches)
            {
                continue;
            }

            var e = j + 1;
            var added = 0;

            // سوريا وتركيا: a conjunct is not preceded by its own first name
            var conjoined = d.Norm(s).Length > d.Norm(name.From).Length && d.Norm(s)[0] is 'و' or 'ف';

            // an organisation grows only by another head on its left (منظمة حلف شمال الأطلسي), never by first names
            var isOrganization = IsIndefiniteHead(d.Norm(s));
            while (!conjoined && s > 0 && added < MaxFirstNames && d.IsWord(s - 1) && d.SameSentence(s - 1, s) && !(isOrganization && !IsIndefiniteHead(d.Norm(s - 1))))
            {
                var left = d.Norm(s - 1);
                if (IsIndefiniteHead(left))
                {
                    s--;
                    break;
                }

                // و-words are conjuncts; a word ending in ت is far more often a feminine verb (عملت، ركزت) than a first name
                if (!SpeakerPhrases.IsNameToken(d, s - 1) || left[0] == 'و' || (left.Length >= 4 && d.Text[d[s - 1].End - 1] == 'ت'))
                {
                    break;
                }

                s--;
                added++;
            }

            // first names follow a title, an article word, a preposition, a comma or a verb of saying; at the start
            // of a sentence or after any other word (a verb: تجتمع إيميل …, لذا ركزت سمية) the extension cannot be
            // trusted — a name worth expanding is usually introduced properly elsewhere in the article
            if (added > 0 && !ConfirmsName(d, s - 1, s))
            {
                s += added;
            }

            if (IsIndefiniteHead(d.Norm(s)))
            {
                e = ExtendOrganization(d, s, e);
            }

            // a person's first names beat an organisation the surname happens to follow (حزب ترامب الجمهوري)
            if (IsIndefiniteHead(d.Norm(s)) && !IsIndefiniteHead(d.Norm(name.From)))
            {
                bestOrganization = e - s > bestOrganization.Length ? new Phrase(s, e) : bestOrganization;
            }
            else if (e - s > best.Length)
            {
                best = new Phrase(s, e);
            }
        }

        return best.Length > name.Length ? best : bestOrganization;
    }

    /// <summary>The nearest "head + complement" before <paramref name="position"/> (else after it) for a definite head.</summary>
    public static Phrase? Antecedent(ArticleDocument d, string headStem, int position)
    {
        Phrase? before = null;
        Phrase? after = null;
        var candidates = HeadForms.SelectMany(prefix => d.Occurrences(prefix + headStem)).Distinct().Order();
        foreach (var j in candidates)
        {
            if (j == position || !HasHead(d.Norm(j), headStem))
            {
                continue;
            }

            var e = ExtendOrganization(d, j, j + 1);
            if (e == j + 1)
            {
                continue;
            }

            if (j < position)
            {
                before = new Phrase(j, e);
            }
            else
            {
                after ??= new Phrase(j, e);
            }
        }

        return before ?? after;
    }

    /// <summary>Number of leading characters of token <paramref name="j"/> that are clitics before <paramref name="headStem"/>.</summary>
    public static int PrefixLength(string normalized, string headStem) =>
        normalized.EndsWith(headStem, StringComparison.Ordinal) ? normalized.Length - headStem.Length : 0;

    // a noun with a pronoun or preposition attached (لخصمه إيفرين أليغري) introduces a name as well as a title does
    private static bool ConfirmsName(ArticleDocument d, int i, int name)
    {
        if (i < 0 || !d.SameSentence(i, name))
        {
            return false;
        }

        if (!d.IsWord(i))
        {
            return d[i].Symbol is '،' or ',' or '(' or '"' or '«' or '“' or '”';
        }

        var n = d.Norm(i);
        var written = d.Text.AsSpan(d[i].Start, d[i].Length);
        return ArabicClitics.IsDefinite(n) || ArabicLexicon.Titles.Contains(n) || ArabicLexicon.OrganizationHeads.Contains(n)
               || Prepositions.Contains(n) || ReportingCues.Find(n) is not null
               || written.EndsWith("ه", StringComparison.Ordinal) || written.EndsWith("ها", StringComparison.Ordinal)
               || (n.Length >= 4 && n[0] is 'ل' or 'ب');
    }

    public static bool IsIndefiniteHead(string n) => ArabicLexicon.OrganizationHeads.Contains(n) && !ArabicClitics.IsDefinite(n);

    // after a particle (لم يخطر ببال …, لم يكن …) what precedes a name is a verb, not a first name
    private static readonly HashSet<string> Prepositions = new(
        new[] { "في", "من", "إلى", "على", "عن", "مع", "أمام", "لدى", "بين", "ضد", "نحو", "عبر", "حول", "منذ", "بعد", "قبل", "إن", "أن" }
            .Select(w => ArabicNormalizer.NormalizeWord(w)), StringComparer.Ordinal);

    private static readonly string[] HeadForms = ["", "ل", "ب", "ك", "ول", "وب", "فل", "فب"];

    public static bool SameName(string a, string b)
    {
        if (a == b || WithoutConjunction(a).SequenceEqual(b) || WithoutConjunction(b).SequenceEqual(a))
        {
            return true;
        }

        // transliterated names vary by one letter within an article (أليغيري / أليغري)
        return a.Length >= 5 && b.Length >= 5 && a[0] == b[0] && a[1] == b[1] && WithinOneEdit(a, b);
    }

    private static bool HasHead(string n, string headStem)
    {
        if (n == headStem)
        {
            return true;
        }

        // وكالة, لوكالة, ووكالة, بوكالة — the head with one or two clitic letters, never with the article
        return n.Length <= headStem.Length + 2 && n.EndsWith(headStem, StringComparison.Ordinal)
               && n[..^headStem.Length].All(c => c is 'و' or 'ف' or 'ب' or 'ل' or 'ك');
    }

    /// <summary>Extends an organisation head over its complement: definite words, و+definite, لل-words, up to two
    /// bare names, a quoted name.</summary>
    public static int ExtendOrganization(ArticleDocument d, int head, int e)
    {
        var bare = 0;
        while (e < d.Count && e - head < MaxOrganization && d.SameSentence(head, e))
        {
            var seg = d.SegmentOf[e];
            if (seg >= 0 && d.SegmentOpenToken[seg] == e && d.SegmentCloseToken[seg] - e <= 4 && e == head + 1)
            {
                e = d.SegmentCloseToken[seg] + 1;
                continue;
            }

            // a name does not run across a quotation mark (it may lie wholly inside a quotation)
            if (!d.IsWord(e) || d.SegmentOf[e] != d.SegmentOf[head])
            {
                break;
            }

            var n = d.Norm(e);
            if (ArabicLexicon.FunctionWords.Contains(n) || ArabicLexicon.TimeWords.Contains(n) || ReportingCues.Find(n) is not null || char.IsDigit(n[0]))
            {
                break;
            }

            var split = ArabicClitics.Split(n);
            if (split.HasArticle)
            {
                // "في" already stops; a definite word after a bare name is an adjective, keep it
                e++;
                continue;
            }

            // bare names come straight after the head (حركة حماس, حلف شمال الأطلسي), before any adjective
            if (bare < 2 && bare == e - head - 1 && SpeakerPhrases.IsNameToken(d, e))
            {
                bare++;
                e++;
                continue;
            }

            break;
        }

        return e;
    }

    private static ReadOnlySpan<char> WithoutConjunction(string w) =>
        w.Length > 3 && (w[0] == 'و' || w[0] == 'ف') ? w.AsSpan(1) : w.AsSpan();

    private static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            if (a.Length > b.Length)
            {
                i++;
            }
            else if (b.Length > a.Length)
            {
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }

        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}
