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
        FindNamedPeople(d, found);
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
        FindKnownOrganizations(d, found);
        var candidates = new List<(ActorMention Mention, string Key, bool Proper)>();
        FindOrganizationPhrases(d, candidates);

        // الحكومة الحالية after الحكومة العراقية: a phrase without a proper part is a name when the article names
        // the same body in full; on its own (القوات القتالية, المجموعة الثانية) it is a description
        var licensed = candidates.Where(c => c.Proper).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        found.AddRange(candidates.Where(c => c.Proper || licensed.Contains(c.Key)).Select(c => c.Mention));
    }

    /// <summary>Clubs, companies and media from the project's list (ريال مدريد, لنوكيا), clitic-aware.</summary>
    private static void FindKnownOrganizations(ArticleDocument d, List<ActorMention> found)
    {
        for (var i = 0; i < d.Count; i++)
        {
            if (!d.IsWord(i))
            {
                continue;
            }

            var w = d.Norm(i).AsSpan();
            var clitic = w.Length > 3 && w[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك';
            if (!OrganizationGazetteer.StartsAName(w) && !(clitic && OrganizationGazetteer.StartsAName(w[1..]))
                && !(clitic && w.Length > 4 && w[1] is 'ب' or 'ل' or 'ك' && OrganizationGazetteer.StartsAName(w[2..])))
            {
                continue;
            }

            foreach (var (reading, prefix) in Readings(d.Norm(i)))
            {
                if (!OrganizationGazetteer.StartsAName(reading))
                {
                    continue;
                }

                // the longest name from this word: ريال مدريد before a name of one word
                var key = reading;
                var best = 0;
                string? bestName = null;
                for (var n = 1; n <= OrganizationGazetteer.MaxWords && i + n <= d.Count; n++)
                {
                    if (n > 1)
                    {
                        if (!d.IsWord(i + n - 1))
                        {
                            break;
                        }

                        key = key + " " + d.Norm(i + n - 1);
                    }

                    if (OrganizationGazetteer.Find(key) is { } name)
                    {
                        (best, bestName) = (n, name);
                    }
                }

                if (bestName is not null)
                {
                    found.Add(new ActorMention(bestName, TextSpan.FromBounds(d[i].Start + WrittenLength(d, i, prefix), d[i + best - 1].End), ActorType.Organization));
                    i += best - 1;
                    break;
                }
            }
        }
    }

    private static void FindOrganizationPhrases(ArticleDocument d, List<(ActorMention Mention, string Key, bool Proper)> found)
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

            if (end - i < 2 || IsGeneric(d, i + 1) || FamilyHeads.Contains(ArabicClitics.StripProclitics(n[prefix..])))
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

            var key = ArabicClitics.StripProclitics(n) + " " + ArabicClitics.StripProclitics(d.Norm(i + 1));
            // a proper part makes a name (الحكومة العراقية, حركة حماس); so does a fuller complement after an indefinite
            // head (وكالة الطاقة الذرية); a head with one common word (مجلس الإدارة, القوات القتالية) is a description
            found.Add((new ActorMention(name, span, ActorType.Organization), key, (!definite && end - i > 2) || HasProperPart(d, i, end)));
            i = end - 1;
        }
    }

    // أسرة مينغ, عائلة الأسد: a family is not an organisation
    private static readonly HashSet<string> FamilyHeads = new string[] { "أسرة", "عائلة", "آل" }
        .Select(w => ArabicNormalizer.NormalizeWord(w)).ToHashSet(StringComparer.Ordinal);

    // adjectives that make a head noun a name although no place is named: الدولي, الأوروبي, العربي, الإسلامي …
    private static readonly string[] ProperAdjectiveBases = new string[]
    {
        "دول", "أوروب", "اوروب", "عرب", "إسلام", "أمم", "خليج", "اتحاد", "فيدرال", "فدرال", "أطلس", "أفريق", "إفريق", "آسيو",
        "كرد", "كورد", "عالم", "أممي", "شيع", "سن",
    }.Select(w => ArabicNormalizer.NormalizeWord(w)).ToArray();

    /// <summary>
    /// The complement of an organisation head holds a proper part: a bare name (حركة حماس, حلف شمال الأطلسي), a
    /// quoted name, a known name, or a nisba of a place or a bloc (العراقية, الأميركية, الدولي, الأوروبي).
    /// </summary>
    private static bool HasProperPart(ArticleDocument d, int head, int end)
    {
        for (var k = head + 1; k < end; k++)
        {
            if (!d.IsWord(k) || d.SegmentOf[k] != d.SegmentOf[head])
            {
                return true; // a quoted name: حركة «النهضة»
            }

            var n = d.Norm(k);
            if (!d.IsDefiniteAt(k) ? SpeakerPhrases.IsNameToken(d, k) : IsGentilic(n))
            {
                return true;
            }
        }

        // حزب الله: a known name after the head
        return end - head <= 4
               && ArabicLexicon.KnownNames.Contains(string.Join(' ', Enumerable.Range(head + 1, end - head - 1).Select(k => ArabicClitics.StripConjunction(d.Norm(k)))));
    }

    /// <summary>A definite nisba of a place or a bloc: العراقية, الأميركي, والإسرائيلية, الدولي.</summary>
    internal static bool IsGentilic(string n)
    {
        var stem = ArabicClitics.StripProclitics(n);
        string @base;
        if (stem.EndsWith("يه", StringComparison.Ordinal) && stem.Length > 4)
        {
            @base = stem[..^2];
        }
        else if (stem.EndsWith('ي') && stem.Length > 3)
        {
            @base = stem[..^1];
        }
        else
        {
            return false;
        }

        if (Array.IndexOf(ProperAdjectiveBases, @base) >= 0 || PlaceGazetteer.Find("ال" + stem) is not null)
        {
            return true;
        }

        return PlaceGazetteer.Find(@base) is not null || PlaceGazetteer.Find("ال" + @base) is not null || PlaceGazetteer.Find(@base + "ا") is not null
               || PlaceGazetteer.Find(@base + "يا") is not null || PlaceGazetteer.Find(@base + "ستان") is not null || PlaceGazetteer.Find("ال" + @base + "يه") is not null;
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

    private const int MaxNameWords = 6;

    // compound given names: صلاح الدين, نور الدين, سيف الإسلام
    private static readonly string[] CompoundSeconds = [ArabicNormalizer.NormalizeWord("الدين"), ArabicNormalizer.NormalizeWord("الإسلام")];

    // ordinals after a ruler's name (محمد السادس) and the parts of عبد names are no surnames to look for on their own
    private static readonly HashSet<string> Ordinals = new string[]
    {
        "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
    }.Select(w => ArabicNormalizer.NormalizeWord(w)).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> NotSurnames = new string[]
    {
        "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الدين", "الإسلام",
        "الكبير", "الصغير", "الابن", "الأب",
    }.Select(w => ArabicNormalizer.NormalizeWord(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// People named without a title: a given name (محمد, جورج) followed by the other parts of a name (particles
    /// بن/آل/أبو, عبد + a divine name, further names, one definite family name), or the surname of a widely
    /// reported figure on its own (بوش). A given name that is also a common word (حسن, أمين) needs another part.
    /// </summary>
    private static void FindNamedPeople(ArticleDocument d, List<ActorMention> found)
    {
        for (var i = 0; i < d.Count; i++)
        {
            if (!d.IsWord(i) || NameAt(d, i) is not { } name)
            {
                continue;
            }

            var start = d[i].Start + WrittenLength(d, i, name.Prefix);
            var span = TextSpan.FromBounds(start, d[name.To - 1].End);
            found.Add(new ActorMention(Clean(span.Slice(d.Text)), span, ActorType.Person));
            i = name.To - 1;
        }
    }

    private static (int To, int Prefix)? NameAt(ArticleDocument d, int i)
    {
        if (NameStart(d, i) is not { } start)
        {
            return null;
        }

        var (stem, prefix) = start;
        int e;
        var strong = true;
        if (stem == "عبد")
        {
            if (!d.IsWord(i + 1) || !d.SameSentence(i, i + 1) || !PersonNames.AbdSuffixes.Contains(d.Norm(i + 1)))
            {
                return null;
            }

            e = i + 2;
        }
        else if (PersonNames.Kunya.Contains(stem))
        {
            // أبو مازن, أبو الغيط: the kunya and the name it is formed with
            if (!d.IsWord(i + 1) || !d.SameSentence(i, i + 1) || !IsNamePart(d, i + 1, true))
            {
                return null;
            }

            e = i + 2;
            if (d.Norm(i + 1) == "عبد" && d.IsWord(e) && PersonNames.AbdSuffixes.Contains(d.Norm(e)))
            {
                e++; // أبو عبد الله
            }
        }
        else if (PersonNames.FamousSurnames.Contains(stem) || IsAbdCompound(stem) || PersonNames.IsGivenName(stem))
        {
            e = i + 1;
        }
        else
        {
            // حسن, أمين, علي (written with ي, not the preposition على): only with a further name part
            if (prefix > 0 || (stem == "علي" && d.Text[d[i].End - 1] != 'ي'))
            {
                return null;
            }

            e = i + 1;
            strong = false;
        }

        // after a title or a nisba (الفنان نور …, المغربي مروان …) a first name is a name, also one that is a word too,
        // and a definite family name may follow it (نور الشريف)
        var introduced = prefix == 0 && i > 0 && d.IsWord(i - 1) && d.SameSentence(i - 1, i)
                         && (ArabicLexicon.Titles.Contains(d.Norm(i - 1)) || (d.IsDefiniteAt(i - 1) && d.Text[d[i - 1].End - 1] == 'ي'));
        strong |= introduced;
        e = ExtendName(d, i, e, ref strong, introduced);
        if (!strong)
        {
            return null;
        }

        return (e, prefix);
    }

    /// <summary>The word (without a leading و/ف/ب/ل/ك) when it can start a personal name.</summary>
    private static (string Stem, int Prefix)? NameStart(ArticleDocument d, int i)
    {
        var n = d.Norm(i);
        if (!PersonNames.CouldStartName(n))
        {
            return null;
        }

        if (IsNameStartWord(n, false))
        {
            return (n, 0);
        }

        for (var p = 1; p <= 2 && p < n.Length - 2; p++)
        {
            if (n[p - 1] is not ('و' or 'ف' or 'ب' or 'ل' or 'ك') || (p == 2 && n[1] is not ('ب' or 'ل' or 'ك')))
            {
                return null;
            }

            if (IsNameStartAfter(n[p..], n[p - 1]))
            {
                return (n[p..], p);
            }
        }

        return null;
    }

    private static bool IsNameStartWord(string n, bool afterClitic) =>
        PersonNames.IsGivenName(n) || PersonNames.FamousSurnames.Contains(n) || IsAbdCompound(n) || n == "عبد"
        || (!afterClitic && (PersonNames.AmbiguousGivenNames.Contains(n) || PersonNames.Kunya.Contains(n)));

    // after و/ف any name may start (ومحمد); after ب/ل/ك (بأسماء, لجمال) only a famous surname (لبوش)
    private static bool IsNameStartAfter(string n, char clitic) =>
        clitic is 'و' or 'ف' ? IsNameStartWord(n, true) : PersonNames.FamousSurnames.Contains(n);

    // عبدالله, عبدالرحمن: عبد and its divine name written as one word
    private static bool IsAbdCompound(string n) =>
        n.Length > 5 && n.StartsWith("عبد", StringComparison.Ordinal) && PersonNames.AbdSuffixes.Contains(n[3..]);

    /// <summary>Extends a name from token <paramref name="e"/> over its further parts; sets <paramref name="strong"/>
    /// when a part confirms that the words are a name.</summary>
    private static int ExtendName(ArticleDocument d, int i, int e, ref bool strong, bool introduced = false)
    {
        var unknown = 0;
        var famous = PersonNames.FamousSurnames.Contains(ArabicClitics.StripConjunction(d.Norm(e - 1)));
        while (e < d.Count && e - i < MaxNameWords && d.IsWord(e) && d.SameSentence(i, e) && d.SegmentOf[e] == d.SegmentOf[i])
        {
            var n = d.Norm(e);
            // وبلير, ومحمد: a conjunct starts another name
            if (PersonNames.NotNameParts.Contains(n) || (n.Length > 3 && n[0] == 'و' && (IsNameStartWord(n[1..], true) || ArabicClitics.IsDefinite(n))))
            {
                break;
            }

            if (n == "عبد" && d.IsWord(e + 1) && PersonNames.AbdSuffixes.Contains(d.Norm(e + 1)))
            {
                e += 2;
                strong = true;
                continue;
            }

            if (PersonNames.Particles.Contains(n))
            {
                // بن راشد, آل مكتوم, أبو الغيط: a particle joins the next part; without one it ends the name
                if (e + 1 < d.Count && d.IsWord(e + 1) && d.SameSentence(e, e + 1) && IsNamePart(d, e + 1, true))
                {
                    e += 2;
                    strong = true;
                    if (d.Norm(e - 1) == "عبد" && d.IsWord(e) && PersonNames.AbdSuffixes.Contains(d.Norm(e)))
                    {
                        e++; // بن عبد العزيز
                    }

                    continue;
                }

                break;
            }

            // نصر الله, فضل الله: a theophoric name after a name part
            if ((e == i + 1 && Array.IndexOf(CompoundSeconds, n) >= 0) || (n == "الله" && e > i))
            {
                e++;
                strong = true;
                continue;
            }

            if ((PersonNames.IsAnyGivenName(n) && !IsPrepositionAla(d, e)) || PersonNames.FamousSurnames.Contains(n) || IsAbdCompound(n))
            {
                e++;
                strong = true;
                famous = PersonNames.FamousSurnames.Contains(n);
                continue;
            }

            // محمد السادس: an ordinal after a ruler's name
            if (e > i && Ordinals.Contains(n))
            {
                e++;
                break;
            }

            // beyond the lexicon a name takes one more word (a family name), none after a famous surname; a definite
            // family name comes straight after the first name (توفيق الحكيم) or is a nisba (محمد حسين الطائي)
            var definite = d.IsDefiniteAt(e);
            var familyName = introduced && e == i + 1 && definite && IsIntroducedFamilyName(d, e);
            if (unknown > 0 || famous || (!familyName && !IsNamePart(d, e, false)) || (definite && e > i + 1 && !n.EndsWith('ي')))
            {
                break;
            }

            // بديلا, مستشارا: an indefinite noun in the accusative after the name
            if (!definite && n.Length >= 5 && n.EndsWith('ا'))
            {
                break;
            }

            // an unknown word does not confirm a first name that is also a common word (علي مختلف, حسن نية), a
            // family nisba does (أيمن الظواهري) unless it names a country (علي العراقي is an Iraqi called Ali)
            e++;
            unknown++;
            if (definite)
            {
                strong |= n.EndsWith('ي') && !IsGentilic(n);
                break;
            }
        }

        return e;
    }

    /// <summary>
    /// A definite word that can be a family name: a nisba (المالكي) or a given name with the article (الحسين, البشير);
    /// other definite words after a first name are far more often the object of a verb (رفض جوزيه الإفصاح).
    /// </summary>
    private static bool LooksLikeFamilyName(string n, string stem) =>
        n.EndsWith('ي') || PersonNames.IsAnyGivenName(stem) || PersonNames.IsAnyGivenName(n) || PersonNames.AbdSuffixes.Contains(n);

    // على is often written علي: inside a name only when written with ي and followed by another name, a family
    // nisba (محمد علي العظمي) or nothing
    private static bool IsPrepositionAla(ArticleDocument d, int k) =>
        d.Norm(k) == "علي" && (d.Text[d[k].End - 1] != 'ي'
                               || (d.IsWord(k + 1) && !IsLexiconNamePart(d, k + 1)
                                   && !(d.IsDefiniteAt(k + 1) && d.Text[d[k + 1].End - 1] == 'ي' && !IsGentilic(d.Norm(k + 1)))));

    // a definite family name after an introduced first name: a singular word, not a title, place or function word
    // (الشريف, الشماخ), where a plural or feminine noun (المباراة, السيارات) is not
    private static bool IsIntroducedFamilyName(ArticleDocument d, int k)
    {
        var n = d.Norm(k);
        var stem = ArabicClitics.StripProclitics(n);
        return n.StartsWith("ال", StringComparison.Ordinal) && stem.Length >= 3 && !n.EndsWith('ه')
               && !n.EndsWith("ات", StringComparison.Ordinal) && !n.EndsWith("ون", StringComparison.Ordinal) && !n.EndsWith("ين", StringComparison.Ordinal)
               && !ArabicLexicon.FunctionWords.Contains(n) && !ArabicLexicon.TimeWords.Contains(n) && !ArabicLexicon.Titles.Contains(n)
               && !ArabicLexicon.OrganizationHeads.Contains(n) && !ArabicLexicon.OrganizationHeads.Contains(stem) && !ArabicLexicon.DocumentNouns.Contains(n)
               && !ArabicLexicon.PersonAnaphors.Contains(n) && ReportingCues.Find(n) is null && PlaceGazetteer.Find(n) is null && !IsGentilic(n);
    }

    /// <summary>A word that can be part of a name after a given name or a particle.</summary>
    private static bool IsNamePart(ArticleDocument d, int k, bool afterParticle)
    {
        var n = d.Norm(k);
        if (IsPrepositionAla(d, k))
        {
            return false;
        }

        if (PersonNames.IsAnyGivenName(n) || PersonNames.FamousSurnames.Contains(n) || IsAbdCompound(n))
        {
            return true;
        }

        if (n.Length < 2 || PlaceGazetteer.Find(n) is not null || ArabicLexicon.KnownNames.Contains(n) || PersonNames.NotNameParts.Contains(n))
        {
            return false;
        }

        if (d.IsDefiniteAt(k))
        {
            var stem = ArabicClitics.StripProclitics(n);
            return n.StartsWith("ال", StringComparison.Ordinal) && stem.Length >= 3 && LooksLikeFamilyName(n, stem)
                   && !ArabicLexicon.FunctionWords.Contains(n) && !ArabicLexicon.TimeWords.Contains(n) && !ArabicLexicon.Titles.Contains(n)
                   && !ArabicLexicon.OrganizationHeads.Contains(n) && !ArabicLexicon.OrganizationHeads.Contains(stem)
                   && !ArabicLexicon.DocumentNouns.Contains(n) && !ArabicLexicon.NameHeads.Contains(stem) && !ArabicLexicon.PersonAnaphors.Contains(n)
                   && ReportingCues.Find(n) is null && PlaceGazetteer.Find(n) is null && PlaceGazetteer.Find(stem) is null;
        }

        // لسيطرة, لحماية: a preposition on a feminine noun
        if (!afterParticle && n.Length >= 5 && n[0] == 'ل' && n.EndsWith('ه'))
        {
            return false;
        }

        // يزور, تقول: the shape of an imperfect verb; أصدر, أجرى: of a past verb of form IV
        if (!afterParticle && n.Length == 4 && ((n[0] is 'ي' or 'ت' && n[1] is not ('ا' or 'و' or 'ي')) || d.Text[d[k].Start] == 'أ'))
        {
            return false;
        }

        return SpeakerPhrases.IsNameToken(d, k);
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

            if (SpeakerPhrases.NamePart(d, new Phrase(i, k)) is not { } part || PlausibleName(d, part) is not { } name)
            {
                continue;
            }

            var full = NameResolver.Expand(d, name);
            found.Add(new ActorMention(d.Surface(full.From, full.To), d.SpanOf(name.From, name.To), ActorType.Person));
            i = name.To - 1;
        }

        var speakers = new List<string>();
        foreach (var q in quotations)
        {
            if (q.Speaker is { Type: SpeakerType.Person or SpeakerType.Organization } s && s.Mention.Length > 0)
            {
                if (SpeakerMention(d, s) is { } span)
                {
                    found.Add(new ActorMention(s.Name, span, s.Type == SpeakerType.Person ? ActorType.Person : ActorType.Organization));
                    if (s.Type == SpeakerType.Person)
                    {
                        speakers.Add(s.Name);
                    }
                }
            }
        }

        // surnames on their own: الكاظمي after مصطفى الكاظمي
        var people = found.Where(m => m.Type == ActorType.Person).Select(m => m.Name).Concat(speakers)
            .Where(n => n.Contains(' ', StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var person in people)
        {
            var surname = ArabicNormalizer.NormalizeWord(person.AsSpan(person.LastIndexOf(' ') + 1));
            // a definite surname is looked for alone only when it is a nisba (الكاظمي); الأسود, الحكيم are words too
            if (surname.Length < 3 || ArabicLexicon.FunctionWords.Contains(surname) || NotSurnames.Contains(surname)
                || (ArabicClitics.IsDefinite(surname) && !surname.EndsWith('ي') && !PersonNames.IsAnyGivenName(ArabicClitics.StripProclitics(surname)))
                || PersonNames.AbdSuffixes.Contains(surname) || PersonNames.AmbiguousGivenNames.Contains(surname) || PersonNames.Particles.Contains(surname))
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

    private const int MaxUnknownNameWords = 2;

    /// <summary>
    /// The words of a name found after a title that can be a name: at most two words beyond the name lexicon
    /// (دان غيلرمان [هجوما عنيفا]), none in the accusative (مستشارا) or shaped like a future verb (سيقرر), and a
    /// definite word only as the first one or as a nisba. Null when nothing plausible is left.
    /// </summary>
    private static Phrase? PlausibleName(ArticleDocument d, Phrase p)
    {
        // لتعزيز, لرئيس, بموعد: a word with a preposition attached does not start a name
        var first = d.Norm(p.From);
        if (first.Length >= 4 && first[0] is 'ل' or 'ب' && !IsLexiconNamePart(d, p.From) && !PersonNames.IsAnyGivenName(first[1..]))
        {
            return null;
        }

        var unknown = 0;
        var famous = false;
        var e = p.From;
        for (; e < p.To; e++)
        {
            var n = d.Norm(e);
            if (IsLexiconNamePart(d, e))
            {
                famous = PersonNames.FamousSurnames.Contains(n);
                continue;
            }

            var written = d.Text.AsSpan(d[e].Start, d[e].Length);
            if (famous || n.Length <= 2 || written.EndsWith("اً", StringComparison.Ordinal) || written.EndsWith("ًا", StringComparison.Ordinal) || IsFutureVerb(n)
                || (e > p.From && n.Length >= 5 && n.EndsWith('ا') && !d.IsDefiniteAt(e))
                || (e > p.From && d.IsDefiniteAt(e) && !n.EndsWith('ي')) || ++unknown > MaxUnknownNameWords)
            {
                break;
            }

            if (e > p.From && d.IsDefiniteAt(e))
            {
                e++; // a definite family name (الشمري) ends the name
                break;
            }
        }

        if (e == p.From)
        {
            return null;
        }

        // a lone indefinite word in the accusative, a feminine or plural noun or a nisba adjective (برنامجا, خارجية,
        // إسرائيليون, أمني) is no name
        if (e == p.From + 1 && !IsLexiconNamePart(d, p.From) && !d.IsDefiniteAt(p.From))
        {
            var n = d.Norm(p.From);
            if ((n.EndsWith('ا') && n.Length >= 5) || ArabicLexicon.DocumentNouns.Contains(n) || n.EndsWith('ه') || n.EndsWith('ي') || n.EndsWith("ات", StringComparison.Ordinal)
                || n.EndsWith("ون", StringComparison.Ordinal) || n.EndsWith("ين", StringComparison.Ordinal) || NotLoneNames.Contains(n))
            {
                return null;
            }
        }

        return new Phrase(p.From, e);
    }

    private static readonly HashSet<string> NotLoneNames = new string[] { "آخر", "أخرى", "أحد", "عدد", "منتخب", "فريق", "نادي", "جميع", "بعض" }
        .Select(w => ArabicNormalizer.NormalizeWord(w)).ToHashSet(StringComparer.Ordinal);

    private static bool IsLexiconNamePart(ArticleDocument d, int k)
    {
        var n = d.Norm(k);
        return PersonNames.IsAnyGivenName(n) || PersonNames.FamousSurnames.Contains(n) || IsAbdCompound(n) || PersonNames.Particles.Contains(n)
               || n == "عبد" || Ordinals.Contains(n) || n == "الله" || Array.IndexOf(CompoundSeconds, n) >= 0
               || (PersonNames.AbdSuffixes.Contains(n) && k > 0 && d.Norm(k - 1) == "عبد");
    }

    // سيقرر, ستسعى: the future prefix on an imperfect verb
    private static bool IsFutureVerb(string n) => n.Length >= 5 && n[0] == 'س' && n[1] is 'ي' or 'ت' or 'ن';

    /// <summary>
    /// The span of a quotation's speaker as an actor mention: a name (trimmed like a name after a title), or the
    /// speaker's surname; a description or an anaphor alone (الصحيفة, المصدر الطبي, الدبلوماسي) names nobody.
    /// </summary>
    private static TextSpan? SpeakerMention(ArticleDocument d, QuoteSpeaker s)
    {
        var from = d.TokenIndexAt(s.Mention.Start);
        var to = d.TokenIndexAt(s.Mention.Start + s.Mention.Length - 1) + 1;
        if (from >= to || !d.IsWord(from))
        {
            return null;
        }

        // مصادر, مسؤولون, شهود عيان: anonymous sources are nobody to chart
        if (s.Type == SpeakerType.Person && (ArabicLexicon.AnonymousSources.Contains(ArabicClitics.StripConjunction(d.Norm(from)))
                                              || ArabicLexicon.AnonymousSources.Contains(ArabicNormalizer.NormalizeWord(s.Name.AsSpan(0, Math.Max(0, s.Name.IndexOf(' ', StringComparison.Ordinal)))))))
        {
            return null;
        }

        // وتوقع فارس [تزايد الأضرار]: a name from the lexicon ends where a name after a title would; words outside the
        // lexicon must look like a name as well (حمائية [ستسبب أضرارا] is none)
        if (s.Type == SpeakerType.Person && !d.IsDefiniteAt(from) && !ArabicLexicon.Titles.Contains(d.Norm(from)))
        {
            return PlausibleName(d, new Phrase(from, to)) is { } name ? d.SpanOf(name.From, name.To) : null;
        }

        var words = s.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = ArabicClitics.StripProclitics(ArabicNormalizer.NormalizeWord(words[^1]));
        for (var k = from; k < to; k++)
        {
            if (!d.IsWord(k) || ArabicClitics.StripProclitics(ArabicClitics.StripConjunction(d.Norm(k))) != last)
            {
                continue;
            }

            // the name itself, or its last word, is in the mention (رئيس الحكومة مصطفى الكاظمي, الكاظمي, حركة حماس)
            if (s.Type == SpeakerType.Organization)
            {
                return to - from == 1 && IsHeadOrDocument(d.Norm(from)) ? null : s.Mention;
            }

            return to - from > 1 ? s.Mention : (words.Length > 1 || !d.IsDefiniteAt(k) || d.Text[d[k].End - 1] == 'ي' ? s.Mention : null);
        }

        if (s.Type == SpeakerType.Organization)
        {
            return to - from == 1 && IsHeadOrDocument(d.Norm(from)) ? null : s.Mention;
        }

        return null;
    }

    private static bool IsHeadOrDocument(string n)
    {
        var stem = ArabicClitics.StripProclitics(n);
        return ArabicLexicon.OrganizationHeads.Contains(n) || ArabicLexicon.OrganizationHeads.Contains(stem) || ArabicLexicon.IsOrganizationHead(stem)
               || ArabicLexicon.DocumentNouns.Contains(n) || ArabicLexicon.DocumentNouns.Contains(stem) || ArabicLexicon.PersonAnaphors.Contains(n)
               || (stem.Length > 2 && (ArabicLexicon.OrganizationHeads.Contains(stem[..^1] + "ه") || ArabicLexicon.OrganizationHeads.Contains(stem + "ه")));
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
