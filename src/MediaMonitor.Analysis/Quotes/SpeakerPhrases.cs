using MediaMonitor.Analysis.Text;

namespace MediaMonitor.Analysis.Quotes;

/// <summary>Tokens [From, To) of an <see cref="ArticleDocument"/>.</summary>
internal readonly record struct Phrase(int From, int To)
{
    public static readonly Phrase Empty = new(0, 0);

    public bool IsEmpty => To <= From;

    public int Length => To - From;
}

/// <summary>
/// Reads the noun phrases around reporting cues (the subject after a verb, the source after عن or بحسب) and
/// finds the name inside them, using closed word classes only: a phrase stops at a preposition, a
/// complementiser, a time word, a comma or another cue.
/// </summary>
internal static class SpeakerPhrases
{
    private const int MaxPhrase = 10;

    private static readonly HashSet<string> CalledWords = Norm("يدعى", "ويدعى", "تدعى", "وتدعى", "يدعي", "المدعو", "المدعوة");

    // circumstantial words between a verb and its complement: وقالت مازحة إن …
    private static readonly HashSet<string> HalWords = Norm(
        "مازحا", "مازحة", "ضاحكا", "ضاحكة", "بدوره", "بدورها", "مجددا", "مرارا", "صراحة", "علنا", "سابقا", "لاحقا", "أخيرا", "أيضا",
        "بدورهم", "حينها", "آنذاك", "بنفسه", "بنفسها", "شخصيا", "مؤخرا", "أمس", "اليوم", "معلقا", "معلقة", "بالقول", "قوله",
        "قولها", "ردا", "شارحا", "شارحة", "مبينا", "مبينة", "متابعا", "متابعة", "مستطردا", "مستطردة", "وهو", "وهي");

    private static readonly HashSet<string> ResumptivePronouns = Norm("فيه", "فيها", "له", "لها", "عنه", "عنها", "منه", "منها", "به", "بها");

    private static readonly HashSet<string> MediaHeads = Norm("وكالة", "شبكة", "صحيفة", "قناة", "موقع", "إذاعة", "تلفزيون", "مجلة", "جريدة");

    private static readonly HashSet<string> MediaWords = Norm("فرانس", "رويترز", "سي", "بي", "سكاي");

    public static Phrase ReadSubject(ArticleDocument d, int i, Func<int, bool> isNameSegment)
    {
        if (i >= d.Count || i < 0)
        {
            return Phrase.Empty;
        }

        // a quoted name in subject position: وكتبت "جمهورييت" …
        var seg = d.SegmentOf[i];
        if (seg >= 0 && d.SegmentOpenToken[seg] == i && isNameSegment(seg))
        {
            return new Phrase(i + 1, d.SegmentCloseToken[seg]);
        }

        // يقول فيه الصحفي …: a resumptive pronoun before the subject
        if (i < d.Count && d.IsWord(i) && ResumptivePronouns.Contains(d.Norm(i)))
        {
            i++;
        }

        var from = i;
        var k = i;
        while (k < d.Count && k - from < MaxPhrase && d.IsWord(k) && d.SameSentence(i, k) && d.IsOutsideQuotes(k))
        {
            var n = d.Norm(k);
            if (CalledWords.Contains(n))
            {
                from = k + 1;
                k++;
                continue;
            }

            // المدير التنفيذي لإدارة التراث رشاد بوخش: a title's complement may run through ل + an institution
            var titleComplement = k > from && n.Length > 3 && n[0] == 'ل' && ArabicLexicon.Titles.Contains(d.Norm(from))
                                  && ArabicLexicon.IsOrganizationHead(n.AsSpan(1)) && !MediaHeads.Contains(n[1..]);
            if (StopsPhrase(n, k == from) && !IsNameAli(d, k, from) && !titleComplement)
            {
                break;
            }

            // وحذر ترمب إيران, وقالت إسرائيل مسؤوليتها: after a name, a place or a word with a pronoun suffix is the object
            if (k > from && IsNameLike(d.Norm(k - 1))
                && (Actors.PlaceGazetteer.Find(n) is not null || n.EndsWith("ها", StringComparison.Ordinal) || n.EndsWith("هم", StringComparison.Ordinal)))
            {
                break;
            }

            // المدعي العام stays, العام الماضي is a date
            if (n == "العام" && k + 1 < d.Count && d.IsWord(k + 1) && ArabicLexicon.TimeWords.Contains(d.Norm(k + 1)))
            {
                break;
            }

            // النيابة العامة لصبري: after an article word a ل/ب word is a complement; after a person's title
            // (وزير الاقتصاد الفرنسي برونو …) or inside a name (جان إيف لودريان) it is the name
            if (k > from && n.Length > 3 && n[0] is 'ل' or 'ب' && ArabicClitics.IsDefinite(d.Norm(k - 1))
                && !ArabicLexicon.Titles.Contains(d.Norm(from)) && !ArabicLexicon.Titles.Contains(ArabicClitics.StripProclitics(d.Norm(from))))
            {
                break;
            }

            k++;
        }

        return new Phrase(from, k);
    }

    // "علي" folds to the preposition "على"; inside a name (بن علي يلدريم) it is the name Ali
    private static bool IsNameAli(ArticleDocument d, int k, int from) =>
        k > from && d.Norm(k) == "علي" && d.Text[d[k].End - 1] == 'ي' && k + 1 < d.Count && d.IsWord(k + 1) && IsNameToken(d, k + 1);

    public static bool StopsPhrase(string n, bool first)
    {
        if (ArabicLexicon.FunctionWords.Contains(n) || ArabicLexicon.TimeWords.Contains(n) || HalWords.Contains(n) || ReportingCues.Find(n) is not null)
        {
            return true;
        }

        if (char.IsDigit(n[0]))
        {
            return true;
        }

        // لوكالة, للصحفيين, لفرانس24, لمتابعيها, بالمسؤولية: an object or complement, not part of the subject
        // (names may start with these letters too: لودريان, بشار — so only clitic-looking words stop)
        if (n.Length > 3 && n[0] is 'ل' or 'ب')
        {
            var rest = n.AsSpan(1);
            if ((n[0] == 'ل' && rest[0] == 'ل') || rest.StartsWith("ال", StringComparison.Ordinal)
                || (!first && (n.EndsWith("ها", StringComparison.Ordinal) || n.EndsWith("هم", StringComparison.Ordinal)))
                || (n[0] == 'ل' && (ArabicLexicon.IsOrganizationHead(rest) || ArabicLexicon.IsNameHead(rest) || StartsWithMedia(rest))))
            {
                return true;
            }
        }

        // و + article joins parts of one name (الاستخبارات والتحقيقات); و + anything else starts a new clause
        if (!first && n.Length > 2 && n[0] == 'و' && !n.AsSpan(1).StartsWith("ال", StringComparison.Ordinal))
        {
            return true;
        }

        return false;
    }

    private static bool StartsWithMedia(ReadOnlySpan<char> rest)
    {
        foreach (var m in MediaWords)
        {
            if (rest.StartsWith(m, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a word that can be part of a personal name (not a function word, title, cue, nor definite).</summary>
    public static bool IsNameLike(string n) =>
        n.Length >= 2 && !char.IsDigit(n[0]) && !ArabicLexicon.FunctionWords.Contains(n) && !ArabicLexicon.TimeWords.Contains(n)
        && !ArabicLexicon.Titles.Contains(n) && !ArabicLexicon.OrganizationHeads.Contains(n) && !ArabicLexicon.DocumentNouns.Contains(n)
        && !ArabicLexicon.NameHeads.Contains(n) && ReportingCues.Find(n) is null && !ArabicClitics.IsDefinite(n)
        && !(n.Length >= 5 && n[0] == 'و');

    /// <summary>
    /// <see cref="IsNameLike"/> plus checks on the written form: a pronoun suffix (لخصمه, مولدها) or the shape of an
    /// imperfect verb (تجتمع, يواجه) rules a word out of a name.
    /// </summary>
    public static bool IsNameToken(ArticleDocument d, int i)
    {
        var n = d.Norm(i);
        if (!IsNameLike(n) && !(d.Text[d[i].Start] == 'آ' && !ArabicClitics.IsDefinite(n[1..])))
        {
            return false;
        }

        if (n.Length >= 5 && n[0] is 'ي' or 'ت' && n[1] is not ('ا' or 'و' or 'ي'))
        {
            return false;
        }

        var t = d[i];
        var last = d.Text[t.End - 1];
        var written = d.Text.AsSpan(t.Start, t.Length);
        var suffixed = (last == 'ه' && n.Length >= 4 && !n.StartsWith("عبد", StringComparison.Ordinal) && !n.EndsWith("الله", StringComparison.Ordinal))
                       || (n.Length >= 5 && (written.EndsWith("ها", StringComparison.Ordinal) || written.EndsWith("هم", StringComparison.Ordinal)));
        return !suffixed;
    }

    /// <summary>
    /// The personal name inside a phrase that starts with a title: رئيس الحكومة العراقية [مصطفى الكاظمي],
    /// [لي غيليرنت] المحامي. Null when the phrase is only a description.
    /// </summary>
    public static Phrase? NamePart(ArticleDocument d, Phrase p)
    {
        var k = p.From;
        var sawTitle = false;
        while (k < p.To)
        {
            var n = d.Norm(k);
            var stem = ArabicClitics.StripProclitics(n);
            if (ArabicLexicon.Titles.Contains(n) || ArabicLexicon.Titles.Contains(stem) || ArabicLexicon.OrganizationHeads.Contains(n)
                || ArabicLexicon.OrganizationHeads.Contains(stem) || (n.Length > 3 && n[0] == 'ل' && ArabicLexicon.IsOrganizationHead(n.AsSpan(1)))
                || ArabicLexicon.LetterNames.Contains(n) || (n.Length >= 3 && n[0] == 'ل' && ArabicLexicon.LetterNames.Contains(n[1..])))
            {
                sawTitle = true;
                k++;
                continue;
            }

            if (d.IsDefiniteAt(k) || !IsNameToken(d, k))
            {
                k++;
                continue;
            }

            break;
        }

        if (k >= p.To || (!sawTitle && k > p.From))
        {
            return null;
        }

        // الأمين العام لرابطة دول بحر اللازورد عبد الرحيم الأبنوسي: after an organisation's head its name runs on
        // (دول بحر اللازورد); a given name further on is where the person's name starts.
        if (sawTitle && !Actors.PersonNames.IsAnyGivenName(d.Norm(k)))
        {
            for (var g = k + 1; g < p.To; g++)
            {
                if (Actors.PersonNames.IsGivenName(d.Norm(g)) || d.Norm(g) == "عبد")
                {
                    k = g;
                    break;
                }
            }
        }

        var end = k + 1;
        // a title word ends the name (لي غيليرنت المحامي) unless a name goes on after it (محمد السيد صالح)
        // and an institution after the name is the verb's object (اتهم النائب عمر الصافي الحكومة)
        while (end < p.To && end - k < 4 && (!ArabicLexicon.FunctionWords.Contains(d.Norm(end)) || IsNameAli(d, end, k)) && !IsInstitution(d.Norm(end))
               && (!ArabicLexicon.Titles.Contains(d.Norm(end)) || (end + 1 < p.To && IsNameToken(d, end + 1))))
        {
            end++;
        }

        // ونشرت الوزيرة صورا لها: an indefinite object in the accusative, not a name
        if (end == k + 1 && d.Norm(k).EndsWith('ا') && end < d.Count && d.IsWord(end) && ObjectPronouns.Contains(d.Norm(end)))
        {
            return null;
        }

        return new Phrase(k, end);
    }

    private static bool IsInstitution(string n)
    {
        var stem = ArabicClitics.StripProclitics(n);
        return ArabicLexicon.OrganizationHeads.Contains(stem) || ArabicLexicon.DocumentNouns.Contains(stem) || ArabicLexicon.NameHeads.Contains(stem);
    }

    private static readonly HashSet<string> ObjectPronouns = Norm("لها", "له", "لهم", "لنا", "عليها", "عليه", "عليهم");

    /// <summary>
    /// After a description (رئيس وكالة السياحة في …، محمد فوزل، لوكالة …) the name often follows in apposition
    /// between commas.
    /// </summary>
    public static Phrase? Apposition(ArticleDocument d, Phrase description)
    {
        var k = description.To;
        var limit = Math.Min(d.Count, k + 10);
        while (k < limit && d.SameSentence(description.From, k) && d.IsOutsideQuotes(k) && !IsComma(d, k))
        {
            if (!d.IsWord(k))
            {
                return null;
            }

            k++;
        }

        if (k >= limit || !IsComma(d, k))
        {
            return null;
        }

        var from = k + 1;
        var end = from;
        while (end < d.Count && end - from < 4 && d.IsWord(end) && d.SameSentence(from, end) && (end > from ? !StopsPhrase(d.Norm(end), false) : IsNameLike(d.Norm(end))))
        {
            end++;
        }

        var after = end < d.Count ? d[end] : default;
        var closes = end < d.Count && (IsComma(d, end) || after.Symbol == ':' || (after.IsWord && StopsPhrase(after.Normalized, false)));
        return end > from && closes ? new Phrase(from, end) : null;
    }

    public static bool IsComma(ArticleDocument d, int i) => i < d.Count && d[i].Symbol is '،' or ',';

    private static HashSet<string> Norm(params string[] words) =>
        words.Select(w => ArabicNormalizer.NormalizeWord(w)).ToHashSet(StringComparer.Ordinal);
}
