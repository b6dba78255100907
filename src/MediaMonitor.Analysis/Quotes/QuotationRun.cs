using MediaMonitor.Analysis.Text;

namespace MediaMonitor.Analysis.Quotes;

/// <summary>Someone the article has made speak (or introduced with a title), as the discourse goes on.</summary>
internal sealed record Entity(string Name, TextSpan Mention, SpeakerType Type, Gender Gender, int Position)
{
    public QuoteSpeaker ToSpeaker() => new(Name, Mention, Type);
}

internal enum SegmentClass
{
    Rejected,

    /// <summary>One to three words: a quotation only when a speech verb governs it, else a name or a term.</summary>
    Short,
    Long,
}

/// <summary>
/// One pass over one article, in reading order. Quoted segments are classified (names after a name head such
/// as شركة/موقع/تنظيم are rejected; short ones need a governing speech verb); each accepted quotation takes the
/// speaker of the nearest cue before it in its sentence (else right after it); a cue without a subject
/// (وأضاف، وذكرت) carries over the latest speaker of the same grammatical gender; البيان speaks for its issuer;
/// الوكالة, المتحدث and surnames resolve to the fullest form the article gives.
/// </summary>
internal sealed class QuotationRun
{
    private const int ShortMaxWords = 3;
    private const int ShortCueReach = 14;
    private const int ContinuationReach = 4;
    private const int IndirectReach = 16;
    private const int MinIndirectWords = 3;

    private static readonly HashSet<string> Complementizers = Words(
        "إن", "أن", "بأن", "وأن", "وإن", "إنه", "أنه", "إنها", "أنها", "بأنه", "بأنها", "إنهم", "أنهم", "بأنهم", "فإن", "انه", "انها");

    private static readonly HashSet<string> IndirectLemmas = new(
        ["قال", "أكد", "أوضح", "أضاف", "ذكر", "أشار", "صرح", "شدد", "لفت", "أعلن", "كشف", "أفاد", "رأى", "تابع", "نفى", "حذر", "اعتبر", "نقل"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> TitleHeads = Words(
        "بعنوان", "عنوان", "عنوانه", "عنوانها", "شعار", "اسم", "باسم", "وسم", "هاشتاغ", "هاشتاق", "تسمية", "لقب", "عنونت");

    private static readonly HashSet<string> NonComplementHeads = Words("بيد", "بحيث", "رغم", "برغم", "حيث", "إلا", "غير", "بما", "لو", "حتى");

    private static readonly HashSet<string> NamePrepositions = Words("ضد", "مع", "لدى", "بين", "عبر");

    private static readonly HashSet<string> MarkerWords = Words(
        "إلى", "الى", "على", "عن", "في", "من", "بـ", "ب", "ل", "لـ", "بين", "حول", "كان", "كانت", "يكون", "تكون", "هو", "هي", "هي", "أنها", "بأنها",
        "بأنه", "مثل", "بمثابة", "وصفه", "وصفها");

    // 0 = the first named, 1 = the second, -1 = the last
    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        [ArabicNormalizer.NormalizeWord("الأولى")] = 0,
        [ArabicNormalizer.NormalizeWord("الأول")] = 0,
        [ArabicNormalizer.NormalizeWord("الثانية")] = 1,
        [ArabicNormalizer.NormalizeWord("الثاني")] = 1,
        [ArabicNormalizer.NormalizeWord("الأخيرة")] = -1,
        [ArabicNormalizer.NormalizeWord("الأخير")] = -1,
    };

    private static readonly HashSet<string> RelativePronouns = Words("التي", "الذي", "الذين");

    private readonly ArticleDocument d;
    private readonly QuoteExtractionOptions options;
    private readonly ReportingCue?[] cues;
    private readonly SegmentClass[] classes;
    private readonly Entity?[] segmentSpeaker;
    private readonly bool[] accepted;
    private readonly Dictionary<int, Entity?> cueSpeakers = [];
    private readonly List<Entity> entities = [];
    private readonly List<Entity> personMentions = [];
    private readonly List<Entity> organizationMentions = [];
    private readonly Dictionary<Entity, string> titles = new(ReferenceEqualityComparer.Instance);
    private readonly List<(int Cue, Phrase Clause, Entity? Speaker)> indirect = [];
    private readonly List<Quotation> results = [];

    public QuotationRun(ArticleDocument document, QuoteExtractionOptions options)
    {
        d = document;
        this.options = options;
        cues = new ReportingCue?[d.Count];
        for (var i = 0; i < d.Count; i++)
        {
            if (d.IsWord(i) && d.IsOutsideQuotes(i))
            {
                cues[i] = ReportingCues.Find(d.Norm(i));

                // كُتب عليها, قِيل: a damma or kasra on the first letter marks the passive, which has no speaker
                if (cues[i] is not null && IsMarkedPassive(i))
                {
                    cues[i] = null;
                }

                // جاء reports only as جاء في (البيان); otherwise it is "came"
                if (cues[i] is { Link: CueLink.InSource } && !(i + 1 < d.Count && d.IsWord(i + 1) && d.Norm(i + 1) is "في" or "فيه"))
                {
                    cues[i] = null;
                }
            }
        }

        classes = new SegmentClass[d.Segments.Count];
        segmentSpeaker = new Entity?[d.Segments.Count];
        accepted = new bool[d.Segments.Count];
        for (var s = 0; s < classes.Length; s++)
        {
            classes[s] = Classify(s);
        }
    }

    public IReadOnlyList<Quotation> Execute()
    {
        FindPersonMentions();
        FindOrganizationMentions();
        for (var i = 0; i < d.Count; i++)
        {
            if (cues[i] is { } cue)
            {
                // بحسب/وفق name the news source, not someone speaking in the story
                if (cue.Form != CueForm.Preposition && SpeakerOfCue(i) is { } explicitSpeaker)
                {
                    Register(explicitSpeaker with { Gender = GenderOf(cue, explicitSpeaker), Position = d[i].Start });
                }

                if (options.IncludeIndirect && cue.Form != CueForm.Preposition && IndirectLemmas.Contains(cue.Lemma))
                {
                    CollectIndirect(i, cue);
                }
            }

            var seg = d.SegmentOf[i];
            if (seg >= 0 && d.SegmentOpenToken[seg] == i)
            {
                ProcessSegment(seg);
            }
        }

        foreach (var (cueToken, clause, speaker) in indirect)
        {
            var span = d.SpanOf(clause.From, clause.To);
            var overlapsDirect = false;
            for (var s = 0; s < accepted.Length && !overlapsDirect; s++)
            {
                overlapsDirect = accepted[s] && d.Segments[s].Outer.Overlaps(span);
            }

            if (!overlapsDirect)
            {
                results.Add(new Quotation(span.Slice(d.Text), span, QuoteKind.Indirect, speaker?.ToSpeaker(), CueText(cueToken), d[cueToken].Span));
            }
        }

        results.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return results;
    }

    private SegmentClass Classify(int s)
    {
        var seg = d.Segments[s];
        var open = d.SegmentOpenToken[s];
        var close = d.SegmentCloseToken[s];
        if (open < 0)
        {
            return SegmentClass.Rejected;
        }

        var words = 0;
        var latin = 0;
        for (var k = open; k <= close; k++)
        {
            if (d.IsWord(k))
            {
                words++;
                latin += System.Text.Ascii.IsValid(d.Norm(k)) ? 1 : 0;
            }
        }

        if (words == 0)
        {
            return SegmentClass.Rejected;
        }

        var before = WordBefore(open);
        var beforeNorm = before >= 0 ? d.Norm(before) : string.Empty;
        if (before >= 0 && (TitleHeads.Contains(beforeNorm) || (before > 0 && d.Norm(before) == ArabicNormalizer.NormalizeWord("عنوان"))))
        {
            return SegmentClass.Rejected;
        }

        var nameHead = before >= 0 && IsNameHead(beforeNorm);

        // "الشبكة العربية لمعلومات حقوق الإنسان", "حركة الاشتراكيين الثوريين": a quoted organisation name
        var firstWord = d.Norm(d.SegmentOpenToken[s] + (seg.OpenMark >= 0 ? 1 : 0));
        if (IsOrganizationHead(firstWord) && (words <= ShortMaxWords || (words <= 5 && ArabicClitics.IsDefinite(firstWord))))
        {
            return SegmentClass.Rejected;
        }
        if (words > ShortMaxWords)
        {
            return nameHead && words <= 5 ? SegmentClass.Rejected : SegmentClass.Long;
        }

        // a clitic glued to the mark (بـ"التقصير") makes the span a complement, not a name in apposition;
        // but لـ«…» is whom it was said to (قال لـ«الشرق الأوسط»)
        var cliticBefore = before >= 0 && before < open - 1 && d.IsWord(open - 1);
        var addressee = cliticBefore && d.Norm(open - 1) is "ل" or "لل";
        if (nameHead || addressee || latin == words || NationalityFollows(close) || (!cliticBefore && NamedBefore(before)))
        {
            return SegmentClass.Rejected;
        }

        // a single quoted word as the subject of a clause (أن «النصرة» …) or after عن is a name; so is a short span
        // after مع/ضد/عبر/لدى (في حوار مع "العربية.نت"), a known name, or letters spelled out (بي آوت كيو)
        var afterWord = !cliticBefore && before == open - 1;
        if ((words == 1 && afterWord && (Complementizers.Contains(beforeNorm) || beforeNorm == "عن"))
            || (afterWord && NamePrepositions.Contains(beforeNorm))
            || ArabicLexicon.KnownNames.Contains(ArabicNormalizer.NormalizeForMatching(seg.Content.Slice(d.Text)).Trim())
            || SpellsLetters(open, close))
        {
            return SegmentClass.Rejected;
        }

        return SegmentClass.Short;
    }

    /// <summary>The word before a segment, looking through a bare clitic (بـ"…", و"…", بالـ"…").</summary>
    private int WordBefore(int open)
    {
        var k = open - 1;
        if (k >= 0 && d.IsWord(k) && d.Norm(k) is "ب" or "ل" or "و" or "بال" or "وب" or "ك" or "لل" or "وال")
        {
            k--;
        }

        return k >= 0 && d.IsWord(k) && d.SameSentence(k, open) ? k : -1;
    }

    // وكالة الأنباء الإماراتية "وام", لموقع إخباري فرنسي "ميديا بارت": a name head a few adjectives back
    private bool NamedBefore(int before)
    {
        for (var k = before; k >= 0 && before - k < 4 && d.IsWord(k); k--)
        {
            var n = d.Norm(k);
            if (IsNameHead(n) || NameResolver.IsIndefiniteHead(n))
            {
                return true;
            }

            var written = d.Text.AsSpan(d[k].Start, d[k].Length);
            if (ArabicLexicon.FunctionWords.Contains(n)
                || !(ArabicClitics.IsDefinite(n) || n.EndsWith('ي') || written.EndsWith("ية", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsOrganizationHead(string n) =>
        ArabicLexicon.OrganizationHeads.Contains(n) || ArabicLexicon.OrganizationHeads.Contains(ArabicClitics.StripProclitics(n));

    private static bool IsNameHead(string n)
    {
        foreach (var candidate in ArabicClitics.StemCandidates(n))
        {
            if (ArabicLexicon.NameHeads.Contains(candidate))
            {
                return true;
            }
        }

        return false;
    }

    // two spelled letters (بي إن, بي آوت كيو), or nothing but letters: an acronym or a brand, not speech
    private bool SpellsLetters(int open, int close)
    {
        int letters = 0, words = 0;
        for (var k = open; k <= close; k++)
        {
            if (d.IsWord(k))
            {
                words++;
                letters += ArabicLexicon.LetterNames.Contains(d.Norm(k)) ? 1 : 0;
            }
        }

        return letters >= 2 || (letters > 0 && letters == words);
    }

    // "توتال" الفرنسية, "جمهورييت" التركية: a quoted name followed by its nationality
    private bool NationalityFollows(int close)
    {
        var k = close + 1;
        if (k >= d.Count || !d.IsWord(k))
        {
            return false;
        }

        var n = d.Norm(k);
        return n.StartsWith("ال", StringComparison.Ordinal) && n.Length >= 6 && (n.EndsWith("يه", StringComparison.Ordinal) || n.EndsWith('ي'))
               && ReportingCues.Find(n) is null;
    }

    private void ProcessSegment(int s)
    {
        if (classes[s] == SegmentClass.Rejected)
        {
            return;
        }

        var open = d.SegmentOpenToken[s];
        var close = d.SegmentCloseToken[s];
        var preCue = FindPreCue(open);
        var postCue = FindPostCue(close);
        var previous = PreviousAcceptedInSentence(s, open);
        var isContinuation = previous >= 0 && WordsBetween(d.SegmentCloseToken[previous], open) <= ContinuationReach;

        if (classes[s] == SegmentClass.Short)
        {
            // the verb reaches the span through إن/أن, a colon or a preposition (اتهمه بـ"…", دعا إلى "…"), or
            // takes it as its object (كتبت الصحيفة عنوانا "…"); a short span set off by a comma after the
            // subject is the subject's name in apposition (صرح منسق الشؤون الإنسانية، «روبيرت بايبر»)
            var governed = preCue >= 0 && cues[preCue] is { Weak: false, Form: not CueForm.Preposition }
                           && (WordsBetween(preCue, open) <= ShortCueReach || ComplementizerBetween(preCue, open))
                           && (MarkerBetween(preCue, open) || !SpeakerPhrases.IsComma(d, open - 1));
            var followed = postCue >= 0 && cues[postCue]!.Form != CueForm.Preposition;

            // وكتبت "جمهورييت" عنوانا, نقلته "فرانس برس": a quoted name right after the verb is its subject
            var isSubject = IsSubjectPosition(s);

            // وكتب على "تويتر" "…": a label right before the quotation it introduces
            var labelsNext = close + 1 < d.Count && d.SegmentOf[close + 1] >= 0 && d.SegmentOf[close + 1] != s;
            if (isSubject || labelsNext || !(governed || followed || isContinuation))
            {
                return;
            }
        }

        int cue;
        if (preCue >= 0 && (classes[s] == SegmentClass.Long || cues[preCue]!.Form != CueForm.Preposition))
        {
            cue = preCue;
        }
        else
        {
            cue = postCue;
        }

        Entity? speaker;
        if (cue >= 0)
        {
            speaker = SpeakerOfCue(cue) ?? Carried(cues[cue]!.Gender, d[cue].Start);
        }
        else if (isContinuation)
        {
            speaker = segmentSpeaker[previous];
        }
        else
        {
            speaker = Carried(Gender.Unknown, d[open].Start);
        }

        var content = d.Segments[s].Content;
        results.Add(new Quotation(content.Slice(d.Text), content, QuoteKind.Direct, speaker?.ToSpeaker(),
            cue >= 0 ? CueText(cue) : string.Empty, cue >= 0 ? d[cue].Span : null));
        accepted[s] = true;
        segmentSpeaker[s] = speaker;
        if (speaker is not null)
        {
            Register(speaker with { Position = d[open].Start, Gender = cue >= 0 ? GenderOf(cues[cue]!, speaker) : speaker.Gender });
        }
    }

    private bool IsMarkedPassive(int i)
    {
        var t = d[i];
        var k = t.Start;
        if (d.Norm(i)[0] is 'و' or 'ف' && t.Length > 2)
        {
            k++;
        }

        return k + 1 < t.End && d.Text[k + 1] == 'ُ';
    }

    private int FindPreCue(int open)
    {
        for (var k = open - 1; k >= 0 && d.SameSentence(k, open); k--)
        {
            var seg = d.SegmentOf[k];
            if (seg >= 0)
            {
                k = d.SegmentOpenToken[seg];
                continue;
            }

            if (cues[k] is not null)
            {
                return k;
            }
        }

        return -1;
    }

    private int FindPostCue(int close)
    {
        var k = close + 1;
        var skipped = 0;
        while (k < d.Count && skipped < 2 && d[k].Kind == TokenKind.Punctuation && d[k].Symbol is '،' or ',' or '-' or '–' && d.SameSentence(close, k))
        {
            k++;
            skipped++;
        }

        // "…"، تضيف فريدة attributes; "…"، وقال … opens a new report
        return k < d.Count && cues[k] is not null && d.SameSentence(close, k) && d.Norm(k)[0] is not ('و' or 'ف') ? k : -1;
    }

    private int PreviousAcceptedInSentence(int s, int open)
    {
        for (var p = s - 1; p >= 0; p--)
        {
            var close = d.SegmentCloseToken[p];
            if (close < 0 || !d.SameSentence(close, open))
            {
                return -1;
            }

            if (accepted[p])
            {
                return p;
            }
        }

        return -1;
    }

    private int NextSegmentInSentence(int s)
    {
        var next = s + 1;
        return next < d.Segments.Count && d.SegmentOpenToken[next] >= 0 && d.SameSentence(d.SegmentOpenToken[s], d.SegmentOpenToken[next]) ? next : -1;
    }

    // a colon or إن/أن anywhere after the verb, or a preposition (or كان) right before the span
    private bool MarkerBetween(int from, int to)
    {
        if (to > 0 && d.IsWord(to - 1) && (d.Norm(to - 1) is "ب" or "و" or "بال" or "وب" or "ك" or "وال" || MarkerWords.Contains(d.Norm(to - 1))))
        {
            return true;
        }

        for (var k = from + 1; k < to; k++)
        {
            if (d[k].Symbol == ':' || (d.IsWord(k) && Complementizers.Contains(d.Norm(k))))
            {
                return true;
            }
        }

        return false;
    }

    private bool ComplementizerBetween(int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (d.IsWord(k) && Complementizers.Contains(d.Norm(k)))
            {
                return true;
            }
        }

        return false;
    }

    private int WordsBetween(int from, int to)
    {
        var n = 0;
        for (var k = from + 1; k < to; k++)
        {
            n += d.IsWord(k) ? 1 : 0;
        }

        return n;
    }

    /// <summary>The speaker a cue names explicitly (its subject, or the source after عن / بحسب), or null.</summary>
    private Entity? SpeakerOfCue(int k)
    {
        if (cueSpeakers.TryGetValue(k, out var cached))
        {
            return cached;
        }

        cueSpeakers[k] = null; // guards the participle → verb recursion
        var cue = cues[k]!;
        Entity? speaker = null;
        switch (cue.Form)
        {
            case CueForm.Verb:
                speaker = SpeakerOfVerb(k, cue);
                break;
            case CueForm.Participle:
                var verb = NearestVerbBefore(k);
                speaker = verb >= 0 ? SpeakerOfCue(verb) : SentenceInitialSubject(k);
                break;
            case CueForm.Preposition:
                speaker = SpeakerOfPreposition(k, cue);
                break;
        }

        cueSpeakers[k] = speaker;
        return speaker;
    }

    private Entity? SpeakerOfVerb(int k, ReportingCue cue)
    {
        if (cue.Link == CueLink.FromSource)
        {
            for (var j = k + 1; j < d.Count && j - k <= 10 && d.SameSentence(k, j); j++)
            {
                if (d.IsWord(j) && d.Norm(j) == "عن")
                {
                    return Resolve(SpeakerPhrases.ReadSubject(d, j + 1, IsNameSegment), cue.Gender, k);
                }
            }
        }

        if (cue.Link == CueLink.InSource)
        {
            return k + 1 < d.Count && d.IsWord(k + 1) && d.Norm(k + 1) is "في" or "فيه"
                ? Resolve(SpeakerPhrases.ReadSubject(d, k + 2, IsNameSegment), Gender.Unknown, k)
                : null;
        }

        // كان لي هونغ تشين … قد أبلغ شبكة CNN: with قد the subject came first and what follows is the object
        var afterQad = k > 0 && d.IsWord(k - 1) && d.Norm(k - 1) is "قد" or "وقد";
        var subject = afterQad ? SubjectBeforeVerb(k) : SpeakerPhrases.ReadSubject(d, k + 1, IsNameSegment);
        if (subject.IsEmpty)
        {
            subject = afterQad ? SpeakerPhrases.ReadSubject(d, k + 1, IsNameSegment) : SubjectBeforeVerb(k);
        }

        return Resolve(subject, cue.Gender, k);
    }

    /// <summary>SVO and relative clauses: لكن إيزاكسون أشار …, الوكالة التي قالت …, كان X قد أبلغ …</summary>
    private Phrase SubjectBeforeVerb(int k)
    {
        var n = d.Norm(k);
        if (n[0] is 'و' or 'ف' && ReportingCues.Find(n[1..]) is not null)
        {
            return Phrase.Empty; // a و-verb opens its own clause: whatever precedes is not its subject
        }

        var j = k - 1;

        // أصدرت وزارة الدفاع بيانا قالت فيه: the statement speaks, for whoever issued it
        if (j > 0 && d.IsWord(j) && ArabicLexicon.DocumentNouns.Contains(d.Norm(j)) && !ArabicClitics.IsDefinite(d.Norm(j)))
        {
            for (var h = j - 1; h >= 0 && j - h <= 6 && d.IsWord(h) && d.SameSentence(h, k); h--)
            {
                if (NameResolver.IsIndefiniteHead(d.Norm(h)))
                {
                    return new Phrase(h, NameResolver.ExtendOrganization(d, h, h + 1));
                }
            }
        }

        if (j >= 0 && d.IsWord(j) && RelativePronouns.Contains(d.Norm(j)))
        {
            j--;
        }
        else if (j >= 0 && d.IsWord(j) && d.Norm(j) is "قد" or "وقد")
        {
            for (var c = j - 1; c >= 0 && d.SameSentence(c, k) && j - c < 14; c--)
            {
                if (d.IsWord(c) && d.Norm(c) is "كان" or "وكان" or "كانت" or "وكانت")
                {
                    return SpeakerPhrases.ReadSubject(d, c + 1, IsNameSegment);
                }
            }

            return Phrase.Empty;
        }

        // لكن رافزا كافاكي كان، وهي عضو برلمان …، تقول إن …: skip the parenthesis back to the sentence's subject
        if (j >= 0 && SpeakerPhrases.IsComma(d, j))
        {
            var c = j - 1;
            while (c >= 0 && d.SameSentence(c, k) && j - c < 14 && !SpeakerPhrases.IsComma(d, c))
            {
                c--;
            }

            if (c < 0 || !SpeakerPhrases.IsComma(d, c) || !d.SameSentence(c, k))
            {
                return Phrase.Empty;
            }

            var first = c;
            while (first > 0 && d.SameSentence(first - 1, k))
            {
                first--;
            }

            while (first < c && d.IsWord(first) && d.Norm(first) is "لكن" or "ولكن" or "أما" or "واما" or "اما")
            {
                first++;
            }

            return c - first is >= 1 and <= 5 ? SpeakerPhrases.ReadSubject(d, first, IsNameSegment) : Phrase.Empty;
        }

        var end = j + 1;
        var start = end;
        while (start - 1 >= 0 && end - start < 6 && d.IsWord(start - 1) && d.SameSentence(start - 1, k) && d.IsOutsideQuotes(start - 1)
               && !SpeakerPhrases.StopsPhrase(d.Norm(start - 1), true))
        {
            start--;
        }

        // من جهة أخرى يؤكد …: a prepositional phrase before the verb is not its subject
        if (start > 0 && d.IsWord(start - 1) && d.SameSentence(start - 1, k) && ArabicLexicon.FunctionWords.Contains(d.Norm(start - 1))
            && d.Norm(start - 1) is not ("لكن" or "ولكن" or "ثم"))
        {
            return Phrase.Empty;
        }

        return new Phrase(start, end);
    }

    private int NearestVerbBefore(int k)
    {
        for (var j = k - 1; j >= 0 && d.SameSentence(j, k); j--)
        {
            if (cues[j] is { Form: CueForm.Verb })
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>ومضى المسؤول قائلا: a participle's subject is that of the verb opening its sentence.</summary>
    private Entity? SentenceInitialSubject(int k)
    {
        var first = k;
        while (first > 0 && d.SameSentence(first - 1, k))
        {
            first--;
        }

        if (!d.IsWord(first) || first == k || d.Norm(first)[0] is not ('و' or 'ف') || ArabicLexicon.FunctionWords.Contains(d.Norm(first)))
        {
            return null;
        }

        return Resolve(SpeakerPhrases.ReadSubject(d, first + 1, IsNameSegment), Gender.Unknown, k);
    }

    private Entity? SpeakerOfPreposition(int k, ReportingCue cue)
    {
        var j = k + 1;
        if (cue.Link == CueLink.FromSource && j < d.Count && d.IsWord(j) && d.Norm(j) == "عن")
        {
            j++;
        }

        if (j < d.Count && d.IsWord(j) && d.Norm(j) is "ما" or "لما")
        {
            j++;
            if (j < d.Count && cues[j] is { Form: CueForm.Verb })
            {
                return SpeakerOfCue(j);
            }

            j++; // بحسب ما أدلى به نشطاء: skip the verb and its preposition
            if (j < d.Count && d.IsWord(j) && d.Norm(j) is "به" or "بها" or "له" or "لها" or "عنه")
            {
                j++;
            }
        }
        else if (j < d.Count && cues[j] is { Form: CueForm.Verb })
        {
            return SpeakerOfCue(j); // حسبما ذكر البيان
        }

        return Resolve(SpeakerPhrases.ReadSubject(d, j, IsNameSegment), Gender.Unknown, k);
    }

    // a short quoted span is a name in subject position only right after وكتبت / نقلته (see ProcessSegment);
    // after a bare verb it is the quotation (التي تعتبر "أساس الاتفاقية")
    private bool IsNameSegment(int s) => classes[s] == SegmentClass.Rejected || (classes[s] == SegmentClass.Short && IsSubjectPosition(s));

    private bool IsSubjectPosition(int s)
    {
        var open = d.SegmentOpenToken[s];
        var k = open - 1;
        return k >= 0 && cues[k] is { Form: CueForm.Verb } && (d.Norm(k)[0] is 'و' or 'ف' || ReportingCues.HasObjectSuffix(d.Norm(k)));
    }

    /// <summary>Turns a subject phrase into a speaker: statements to their issuer, definite heads and role nouns to
    /// their antecedents, names to their fullest form.</summary>
    private Entity? Resolve(Phrase p, Gender gender, int at)
    {
        if (p.IsEmpty)
        {
            return null;
        }

        var n0 = d.Norm(p.From);
        var stem0 = ArabicClitics.StripProclitics(n0);
        var mention = d.SpanOf(p.From, p.To);
        var position = d[at].Start;

        if (ArabicLexicon.DocumentNouns.Contains(n0))
        {
            // بيان رسمي للداخلية المصرية, بيان وزارة الدفاع: the issuer is named with the document
            if (IssuerAfter(p.From, position) is { } named)
            {
                return named with { Mention = mention };
            }

            // الوثيقة → the document introduced before with its issuer (وثيقة داخلية لسلاح البحرية)
            if (ArabicClitics.IsDefinite(n0))
            {
                var stem = ArabicClitics.StripProclitics(n0);
                for (var k = p.From - 1; k >= 0; k--)
                {
                    if (d.IsWord(k) && !ArabicClitics.IsDefinite(d.Norm(k)) && ArabicClitics.StemCandidates(d.Norm(k)).Contains(stem)
                        && IssuerAfter(k, position) is { } earlier)
                    {
                        return earlier with { Mention = mention };
                    }
                }
            }

            // else whoever spoke last; failing that the organisation named last (أصدرت وزارة الصحة بيانا)
            var last = entities.FindLast(e => e.Type != SpeakerType.Document) ?? organizationMentions.FindLast(e => e.Position < position);
            return last is not null ? last with { Mention = mention } : new Entity(d.Surface(p.From, p.To), mention, SpeakerType.Document, Gender.Masculine, position);
        }

        if (ArabicLexicon.OrganizationHeads.Contains(stem0) && ArabicClitics.IsDefinite(n0) && p.Length <= 2 && !NameResolver.IsIndefiniteHead(n0))
        {
            if (NameResolver.Antecedent(d, stem0, p.From) is { } antecedent)
            {
                var prefix = NameResolver.PrefixLength(d.Norm(antecedent.From), stem0);
                var name = SkipLetters(d.Surface(antecedent.From, antecedent.To), prefix).Trim();
                return new Entity(name, mention, SpeakerType.Organization, Gender.Feminine, position);
            }

            return new Entity(d.Surface(p.From, p.To), mention, SpeakerType.Organization, FeminineHead(stem0), position);
        }

        if (NameResolver.IsIndefiniteHead(n0) && !ArabicLexicon.Titles.Contains(n0))
        {
            var org = NameResolver.Expand(d, new Phrase(p.From, NameResolver.ExtendOrganization(d, p.From, p.From + 1)));
            return new Entity(d.Surface(org.From, org.To), mention, SpeakerType.Organization, gender == Gender.Unknown ? FeminineHead(n0) : gender, position);
        }

        // وقالت الأولى / الأخيرة: the first or the last of the actors named just before
        if (p.Length == 1 && Ordinals.TryGetValue(n0, out var ordinal) && Ordinal(p.From, ordinal) is { } ordinalAntecedent)
        {
            return ordinalAntecedent with { Mention = mention };
        }

        var namePart = SpeakerPhrases.NamePart(d, p);
        if (namePart is null && ArabicLexicon.PersonAnaphors.Contains(n0))
        {
            var g = n0.EndsWith('ه') ? Gender.Feminine : gender;
            // الرئيس الأمريكي → the last person introduced as الرئيس …; a qualified role nobody carried before
            // (الرئيس المنتخب) → the person the article is about; else the last person who spoke
            var antecedent = personMentions.FindLast(e => e.Position < position && titles.TryGetValue(e, out var t) && t == n0);
            if (antecedent is null && p.Length > 1 && ArabicClitics.IsDefinite(d.Norm(p.From + 1)))
            {
                antecedent = MostMentionedPerson(g);
            }

            antecedent ??= entities.FindLast(e => e.Type == SpeakerType.Person && Compatible(e.Gender, g))
                           ?? personMentions.FindLast(e => e.Position < position && Compatible(e.Gender, g));
            return antecedent is not null
                ? antecedent with { Mention = mention }
                : new Entity(d.Surface(p.From, p.To), mention, SpeakerType.Person, g, position);
        }

        if (namePart is null && ArabicLexicon.Titles.Contains(n0) && SpeakerPhrases.Apposition(d, p) is { } apposition)
        {
            namePart = apposition;
        }

        if (namePart is { } person)
        {
            var full = NameResolver.Expand(d, person);
            return new Entity(d.Surface(full.From, full.To), mention, SpeakerType.Person, gender, position);
        }

        if (ArabicLexicon.Titles.Contains(n0))
        {
            return new Entity(d.Surface(p.From, p.To), mention, SpeakerType.Person, gender, position);
        }

        var expanded = NameResolver.Expand(d, p);
        var isOrganization = ArabicLexicon.OrganizationHeads.Contains(d.Norm(expanded.From))
                             || ArabicLexicon.OrganizationHeads.Contains(ArabicClitics.StripProclitics(d.Norm(expanded.From)));
        return new Entity(d.Surface(expanded.From, expanded.To), mention, isOrganization ? SpeakerType.Organization : SpeakerType.Person,
            gender, position);
    }

    private Entity? IssuerAfter(int documentNoun, int position)
    {
        for (var k = documentNoun + 1; k < d.Count && k - documentNoun <= 3 && d.IsWord(k) && d.SameSentence(k, documentNoun); k++)
        {
            var n = d.Norm(k);
            var isIssuer = n.StartsWith("لل", StringComparison.Ordinal)
                           || (n.Length > 3 && n[0] == 'ل' && ArabicLexicon.OrganizationHeads.Contains(n[1..]))
                           || NameResolver.IsIndefiniteHead(n);
            if (isIssuer)
            {
                var end = NameResolver.ExtendOrganization(d, k, k + 1);
                var name = DropLam(d.Surface(k, end));
                return new Entity(name, d.SpanOf(k, end), SpeakerType.Organization, Gender.Unknown, position);
            }

            // بيان صادر عن الاتحاد الدولي
            if (n is "صادر" or "الصادر" or "صادره" or "الصادره" && k + 2 < d.Count && d.IsWord(k + 1) && d.Norm(k + 1) == "عن")
            {
                var from = k + 2;
                var to = NameResolver.ExtendOrganization(d, from, from + 1);
                return new Entity(d.Surface(from, to), d.SpanOf(from, to), SpeakerType.Organization, Gender.Unknown, position);
            }

            // only adjectives may stand between (بيان رسمي ل…); a verb (بيان نشرته وكالة …) names someone else
            var written = d.Text.AsSpan(d[k].Start, d[k].Length);
            if (!(n.EndsWith('ي') || written.EndsWith("ة", StringComparison.Ordinal)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>الأولى / الأخيرة: the pair (or list) is named together in one of the last few sentences.</summary>
    private Entity? Ordinal(int at, int ordinal)
    {
        var sentence = d.SentenceOf[at];
        var position = d[at].Start;
        var bySentence = organizationMentions.Concat(personMentions)
            .Where(e => e.Position < position)
            .GroupBy(e => d.SentenceOf[d.TokenIndexAt(e.Position)])
            .Where(g => g.Key >= sentence - 3)
            .OrderByDescending(g => g.Key);
        foreach (var group in bySentence)
        {
            var named = group.GroupBy(e => e.Name, StringComparer.Ordinal).Select(g => g.First()).OrderBy(e => e.Position).ToList();
            // a list may mix named actors with unnamed ones (اللجنة الدولية …، ومنظمات حقوقية …): one name can do
            if (ordinal < named.Count)
            {
                return ordinal < 0 ? named[^1] : named[ordinal];
            }
        }

        return null;
    }

    private Entity? MostMentionedPerson(Gender gender)
    {
        Entity? best = null;
        var bestCount = 0;
        foreach (var e in personMentions.Concat(entities))
        {
            if (e.Type != SpeakerType.Person || !Compatible(e.Gender, gender))
            {
                continue;
            }

            var last = ArabicNormalizer.NormalizeWord(e.Name.AsSpan(e.Name.LastIndexOf(' ') + 1));
            var count = d.Occurrences(last).Count;
            if (count >= bestCount)
            {
                best = e;
                bestCount = count;
            }
        }

        return best;
    }

    private Entity? Carried(Gender gender, int position)
    {
        var entity = entities.FindLast(e => Compatible(e.Gender, gender));
        var mention = personMentions.FindLast(e => e.Position < position && gender != Gender.Unknown && e.Gender == gender);
        if (mention is not null && (entity is null || mention.Position > entity.Position))
        {
            return mention;
        }

        return entity ?? (entities.Count > 0 ? entities[^1] : null);
    }

    private static bool Compatible(Gender a, Gender b) => a == Gender.Unknown || b == Gender.Unknown || a == b;

    private static Gender GenderOf(ReportingCue cue, Entity speaker) => cue.Gender != Gender.Unknown ? cue.Gender : speaker.Gender;

    private static Gender FeminineHead(string stem) => stem.EndsWith('ه') ? Gender.Feminine : Gender.Masculine;

    private void Register(Entity e) => entities.Add(e);

    /// <summary>People introduced with a title (الوزيرة جولي غينتر): candidates when a later verb has no subject.</summary>
    private void FindPersonMentions()
    {
        for (var i = 0; i < d.Count; i++)
        {
            if (!d.IsWord(i) || !d.IsOutsideQuotes(i) || !ArabicLexicon.Titles.Contains(d.Norm(i)))
            {
                continue;
            }

            var phrase = ReadTitled(i);
            if (SpeakerPhrases.NamePart(d, phrase) is not { } name)
            {
                continue;
            }

            var full = NameResolver.Expand(d, name);
            var gender = d.Norm(i).EndsWith('ه') ? Gender.Feminine : Gender.Masculine;
            var mention = new Entity(d.Surface(full.From, full.To), d.SpanOf(name.From, name.To), SpeakerType.Person, gender, d[name.From].Start);
            personMentions.Add(mention);
            titles[mention] = d.Norm(i);
            i = name.To - 1;
        }
    }

    /// <summary>Organisations named by a head noun (أصدرت وزارة الصحة بيانا): issuers for a later البيان.</summary>
    private void FindOrganizationMentions()
    {
        for (var i = 0; i < d.Count; i++)
        {
            if (!d.IsWord(i) || !d.IsOutsideQuotes(i))
            {
                continue;
            }

            // وزارة الصحة; also the definite اللجنة الدولية لحماية الصحفيين, للحكومة العراقية
            var n = d.Norm(i);
            var split = ArabicClitics.Split(n);
            var definite = split.HasArticle && ArabicLexicon.OrganizationHeads.Contains(split.Stem) && d.IsWord(i + 1) && d.IsDefiniteAt(i + 1);

            // وجمعية, لوزارة: an indefinite head behind one clitic letter
            var clitic = n.Length > 4 && n[0] is 'و' or 'ف' or 'ب' or 'ل' && NameResolver.IsIndefiniteHead(n[1..]) ? 1 : 0;
            if (!definite && clitic == 0 && !NameResolver.IsIndefiniteHead(n))
            {
                continue;
            }

            var end = NameResolver.ExtendOrganization(d, i, i + 1);
            if (end - i < 2)
            {
                continue;
            }

            var name = d.Surface(i, end);
            if (clitic > 0)
            {
                name = SkipLetters(name, clitic);
            }
            else if (definite && split.Prefix.Length > 2)
            {
                // بالحكومة → الحكومة; للحكومة → الحكومة (ل + the article with its alef elided)
                name = split.Prefix.EndsWith("ال", StringComparison.Ordinal)
                    ? SkipLetters(name, split.Prefix.Length - 2)
                    : "ا" + SkipLetters(name, split.Prefix.Length - 1);
            }

            organizationMentions.Add(new Entity(name, d.SpanOf(i, end), SpeakerType.Organization, FeminineHead(ArabicNormalizer.NormalizeWord(name.AsSpan(0, Math.Max(1, name.IndexOf(' ', StringComparison.Ordinal))))), d[i].Start));
            i = end - 1;
        }
    }

    private Phrase ReadTitled(int i)
    {
        var k = i;
        while (k < d.Count && k - i < 8 && d.IsWord(k) && d.SameSentence(i, k) && d.IsOutsideQuotes(k) && !SpeakerPhrases.StopsPhrase(d.Norm(k), k == i))
        {
            k++;
        }

        return new Phrase(i, k);
    }

    private void CollectIndirect(int k, ReportingCue cue)
    {
        // يذكر أن …: "it is worth mentioning", the writer's own aside
        if (d.Norm(k) is "يذكر" or "ويذكر" or "يشار" or "ويشار")
        {
            return;
        }

        var c = -1;
        for (var j = k + 1; j < d.Count && j - k <= IndirectReach && d.SameSentence(k, j); j++)
        {
            if (!d.IsOutsideQuotes(j) || (j > k + 1 && cues[j] is not null))
            {
                return;
            }

            if (d.IsWord(j) && Complementizers.Contains(d.Norm(j)))
            {
                // بيد أن, بحيث إن, رغم أن: a conjunction, not the complement of the cue
                if (d.IsWord(j - 1) && NonComplementHeads.Contains(d.Norm(j - 1)))
                {
                    return;
                }

                c = j;
                break;
            }
        }

        if (c < 0 || c + 1 >= d.Count)
        {
            return;
        }

        var end = c + 1;
        while (end < d.Count && d.SameSentence(c, end) && !IsSentenceEndToken(end))
        {
            // "، مضيفا أن …" starts another report
            if (SpeakerPhrases.IsComma(d, end) && end + 1 < d.Count && cues[end + 1] is not null)
            {
                break;
            }

            end++;
        }

        while (end > c + 1 && !d.IsWord(end - 1) && d.IsOutsideQuotes(end - 1))
        {
            end--;
        }

        if (WordsBetween(c, end) < MinIndirectWords)
        {
            return;
        }

        var speaker = SpeakerOfCue(k) ?? Carried(cue.Gender, d[k].Start);
        indirect.Add((k, new Phrase(c + 1, end), speaker));
    }

    private bool IsSentenceEndToken(int i) => d[i].Kind == TokenKind.LineBreak || (d.IsOutsideQuotes(i) && d[i].Symbol is '.' or '!' or '?' or '؟');

    private string CueText(int k) => d.Text.Substring(d[k].Start, d[k].Length);

    /// <summary>للداخلية المصرية → الداخلية المصرية, لوزارة الدفاع → وزارة الدفاع: the issuer without its preposition.</summary>
    private static string DropLam(string name)
    {
        if (name.StartsWith("لل", StringComparison.Ordinal))
        {
            return "ال" + name[2..];
        }

        var space = name.IndexOf(' ', StringComparison.Ordinal);
        var first = space > 1 ? name.AsSpan(1, space - 1) : name.AsSpan(1);
        return name.Length > 3 && name[0] == 'ل' && ArabicLexicon.IsOrganizationHead(ArabicNormalizer.NormalizeWord(first)) ? name[1..] : name;
    }

    private static string SkipLetters(string surface, int letters)
    {
        var i = 0;
        while (letters > 0 && i < surface.Length)
        {
            if (ArabicNormalizer.Fold(surface[i]) != '\0')
            {
                letters--;
            }

            i++;
        }

        return surface[i..];
    }

    private static HashSet<string> Words(params string[] words) =>
        words.Select(w => ArabicNormalizer.NormalizeWord(w)).ToHashSet(StringComparer.Ordinal);
}
