using MediaMonitor.Analysis.Actors;
using MediaMonitor.Analysis.Quotes;
using MediaMonitor.Analysis.Text;

namespace MediaMonitor.Analysis.Registry;

/// <summary>An actor a mention or a speaker refers to: a registry actor, or a new name the analysis discovered.</summary>
public sealed record ActorRef(RegistryActor? Known, string Name, ActorType Type)
{
    public static ActorRef Of(RegistryActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new(actor, actor.Name, actor.Type);
    }

    /// <summary>Both refer to one actor: the same registry entry, or the same new name and type.</summary>
    public bool SameAs(ActorRef other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Known is not null && other.Known is not null ? Known.Id == other.Known.Id : Name == other.Name && Type == other.Type;
    }
}

/// <param name="IsAnaphor">A bare head noun standing for an organisation named before ("الوكالة", "للتحالف"):
/// the same actor for the analyst, but not a name (entity tagging leaves it out).</param>
/// <summary>
/// One mention of an actor. <paramref name="IsUnnamed"/>: a person named by a given name alone (وقالت هيفاء) whose
/// full name the article does not give; a person for entity tagging, but no actor to store (every محمد is someone else).
/// </summary>
public sealed record LinkedMention(ActorRef Actor, TextSpan Span, bool IsAnaphor = false, bool IsUnnamed = false);

public sealed record LinkedQuotation(Quotation Quotation, ActorRef? Speaker);

/// <summary>An article's actors and quotations tied to the registry.</summary>
public sealed record LinkedAnalysis(IReadOnlyList<LinkedMention> Mentions, IReadOnlyList<LinkedQuotation> Quotations);

/// <summary>
/// Ties what the analysis found to the registry: registry names in the text become mentions of their actors; the
/// analysis' own mentions (people after titles, organisations by head noun) and quotation speakers resolve to a
/// registry actor by any of its names, or stay new (to be stored as discovered).
/// </summary>
public static class ActorLinker
{
    public static LinkedAnalysis Link(string body, ArticleAnalysis analysis, ActorRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(registry);
        var tokens = ArabicTokenizer.Tokenize(body);

        var mentions = registry.FindMentions(body, tokens)
            .Select(m => new LinkedMention(ActorRef.Of(m.Actor), m.Actor.Type switch
            {
                ActorType.Person => WithoutTitle(body, m.Span),
                ActorType.Organization => WithoutHead(body, m.Span, m.Actor, registry),
                _ => m.Span,
            }))
            .ToList();
        var registryCount = mentions.Count;
        var resolved = new Dictionary<(string, ActorType), ActorRef>();
        foreach (var found in analysis.Mentions)
        {
            var mention = found with { Span = NamePart(body, found) };
            var actor = Resolve(mention.Name, mention.Type, registry, resolved);
            if (actor.Known is null && mention.Type == ActorType.Person && IsRoleOnly(mention.Name))
            {
                // "رئيس هيئة الكتاب" names an office, not a person: no actor to chart (as a speaker it is kept).
                continue;
            }

            if (mention.Type != ActorType.Place && actor.Known is not { MatchInText: true } && DescribesNobody(actor.Name))
            {
                // مصادر مطلعة, المفوضية: nobody in particular (also when an earlier article made it an actor).
                continue;
            }

            // Where the registry recognised a name, it is authoritative for those words: an analysis mention over them
            // is either the same actor again or an over-long phrase around it ("حلف شمال الأطلسي والدول الأعضاء").
            if (registryCount > 0 && mentions.Take(registryCount).Any(m => Overlaps(m.Span, mention.Span)))
            {
                continue;
            }

            // Two analysis mentions of the same actor on the same words (a speaker also found as a titled person).
            if (mentions.Skip(registryCount).Any(m => Overlaps(m.Span, mention.Span) && m.Actor.SameAs(actor)))
            {
                continue;
            }

            mentions.Add(new LinkedMention(actor, mention.Span));
        }

        mentions = ShortFormResolver.Resolve(body, tokens, mentions);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Actor.Type == ActorType.Place)
            {
                mentions[i] = mentions[i] with { Span = PlaceNamePart(body, mentions[i].Span, registry) };
            }
            else if (mentions[i].Actor is { Type: ActorType.Person, Known: not { MatchInText: true } } person && IsGivenNameOnly(person.Name))
            {
                mentions[i] = mentions[i] with { IsUnnamed = true };
            }
        }

        mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        var quotations = analysis.Quotations
            .Select(q => new LinkedQuotation(q, q.Speaker is { Type: not SpeakerType.Document } speaker
                    && Resolve(speaker.Name, speaker.Type == SpeakerType.Organization ? ActorType.Organization : ActorType.Person, registry, resolved) is var actor
                    && !IsNobody(actor)
                ? actor
                : null))
            .ToList();
        return new LinkedAnalysis(mentions, quotations);
    }

    /// <summary>
    /// The words of a mention that are the name itself: "رئيس الحكومة العراقية مصطفى الكاظمي" is a mention of
    /// مصطفى الكاظمي whose name is its last two words; highlights and entity spans cover those, not the role.
    /// </summary>
    internal static TextSpan NamePart(string body, ActorMention mention)
    {
        var words = ArabicTokenizer.Tokenize(body.Substring(mention.Span.Start, mention.Span.Length)).Where(t => t.IsWord).ToList();
        var name = ArabicTokenizer.Tokenize(mention.Name).Where(t => t.IsWord).Select(t => ArabicClitics.StripProclitics(t.Normalized)).ToList();
        if (name.Count == 0 || words.Count <= name.Count)
        {
            return mention.Span;
        }

        for (var i = words.Count - name.Count; i >= 0; i--)
        {
            if (Enumerable.Range(0, name.Count).All(k => ArabicClitics.StripProclitics(words[i + k].Normalized) == name[k]))
            {
                return TextSpan.FromBounds(mention.Span.Start + words[i].Start, mention.Span.Start + words[i + name.Count - 1].End);
            }
        }

        return mention.Span;
    }

    private static readonly HashSet<string> Honorifics = new string[]
    {
        "صاحب", "السمو", "سمو", "جلالة", "فخامة", "معالي", "سعادة", "خادم", "الحرمين", "الشريفين", "العاهل", "سماحة", "نيافة", "قداسة",
    }.Select(w => ArabicNormalizer.NormalizeWord(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A registry alias such as "الملك عبد الله الثاني" marks the title too; the person's name is the words after it
    /// (when a name follows, not an adjective: "العاهل الأردني" stays whole).
    /// </summary>
    internal static TextSpan WithoutTitle(string body, TextSpan span)
    {
        var words = ArabicTokenizer.Tokenize(body.Substring(span.Start, span.Length)).Where(t => t.IsWord).ToList();
        var k = 0;
        while (k < words.Count - 1 && IsTitleWord(words[k].Normalized))
        {
            k++;
        }

        return k == 0 || ArabicClitics.IsDefinite(words[k].Normalized) ? span : TextSpan.FromBounds(span.Start + words[k].Start, span.Start + span.Length);
    }

    /// <summary>
    /// "حركة حماس", "وكالة فرانس برس": a descriptive head noun before a name that is an alias of the same actor on
    /// its own describes the actor; the name is the rest ("وزارة الداخلية العراقية" stays whole).
    /// </summary>
    // heads that describe what kind of body a name is (a movement, a paper); وزارة, مجلس, جامعة are part of the name
    private static readonly HashSet<string> DescriptorHeads = new string[]
    {
        "حركة", "تنظيم", "جماعة", "شركة", "صحيفة", "جريدة", "مجلة", "قناة", "شبكة", "وكالة", "موقع", "إذاعة", "تلفزيون", "مجموعة",
    }.Select(w => ArabicNormalizer.NormalizeWord(w)).ToHashSet(StringComparer.Ordinal);

    internal static TextSpan WithoutHead(string body, TextSpan span, RegistryActor actor, ActorRegistry registry)
    {
        var words = ArabicTokenizer.Tokenize(body.Substring(span.Start, span.Length)).Where(t => t.IsWord).ToList();
        if (words.Count < 2 || !DescriptorHeads.Contains(ArabicClitics.StripProclitics(words[0].Normalized)))
        {
            return span;
        }

        var rest = string.Join(' ', words.Skip(1).Select(w => w.Normalized));
        return registry.Lookup(rest) is { } same && same.Id == actor.Id ? TextSpan.FromBounds(span.Start + words[1].Start, span.Start + span.Length) : span;
    }

    private static readonly HashSet<string> PlaceDescriptors = new string[]
    {
        "قطاع", "مدينة", "دولة", "منطقة", "محافظة", "ولاية", "إقليم", "بلدة", "قرية", "مخيم", "عاصمة", "إمارة", "سلطنة", "مملكة",
    }.Select(w => ArabicNormalizer.NormalizeWord(w)).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> PlaceEpithets = new string[] { "المكرمة", "المنورة", "الشريف", "الشعبية" }
        .Select(w => ArabicNormalizer.NormalizeWord(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The name inside a place phrase: "قطاع غزة", "مدينة مشهد", "دولة قطر" name غزة, مشهد, قطر; an epithet
    /// ("مكة المكرمة") follows the name. Only when the remaining words are a place themselves.
    /// </summary>
    internal static TextSpan PlaceNamePart(string body, TextSpan span, ActorRegistry registry)
    {
        var words = ArabicTokenizer.Tokenize(body.Substring(span.Start, span.Length)).Where(t => t.IsWord).ToList();
        if (words.Count < 2)
        {
            return span;
        }

        var from = PlaceDescriptors.Contains(ArabicClitics.StripProclitics(words[0].Normalized)) ? 1 : 0;
        var to = PlaceEpithets.Contains(words[^1].Normalized) ? words.Count - 1 : words.Count;
        if ((from == 0 && to == words.Count) || to - from < 1)
        {
            return span;
        }

        var rest = string.Join(' ', words.Skip(from).Take(to - from).Select(w => w.Normalized));
        var isPlace = PlaceGazetteer.Find(rest) is not null || registry.Lookup(rest) is { Type: ActorType.Place };
        return isPlace ? TextSpan.FromBounds(span.Start + words[from].Start, span.Start + words[to - 1].End) : span;
    }

    private static bool IsTitleWord(string n) =>
        ArabicLexicon.Titles.Contains(n) || ArabicLexicon.Titles.Contains(ArabicClitics.StripProclitics(n)) || Honorifics.Contains(n);

    /// <summary>
    /// A speaker the article does not name: anonymous sources (مصادر, محللون), an office or a kind of body without a
    /// name (مدير, رئيس حزب, المفوضية), an honorific (معالي), or a given name alone (محمد), which across articles is
    /// many different people. The quotation keeps the words; there is no actor to chart.
    /// </summary>
    internal static bool NamesNobody(string name) => IsGivenNameOnly(name) || DescribesNobody(name);

    private static List<string> Words(string name) =>
        ArabicTokenizer.Tokenize(name).Where(t => t.IsWord).Select(t => ArabicClitics.StripConjunction(t.Normalized)).ToList();

    private static bool IsGivenNameOnly(string name) =>
        Words(name) is [var word] && PersonNames.IsGivenName(ArabicClitics.StripProclitics(word));

    /// <summary>Words that describe rather than name: anonymous sources, offices, kinds of body, honorifics.</summary>
    private static bool DescribesNobody(string name)
    {
        var words = Words(name);

        // مصادر مطلعة, مسؤول أمريكي: anonymous sources with an adjective; مبيناً, كلمتها, عنهم: an adverb or a word with
        // a pronoun attached is part of the sentence, never of a name
        return words.Count == 0 || ArabicLexicon.AnonymousSources.Contains(words[0])
            || name.Contains('\u064B', StringComparison.Ordinal) || words.Any(HasPronounSuffix)
            || words.All(w => IsNoName(w) || IsNoName(ArabicClitics.StripProclitics(w)));
    }

    private static readonly string[] PronounSuffixes = ["ها", "هم", "هما", "هن", "كم"];

    private static bool HasPronounSuffix(string w) =>
        w.Length > 3 && PronounSuffixes.Any(p => w.EndsWith(p, StringComparison.Ordinal)) && !PersonNames.IsAnyGivenName(w);

    // Curated actors are named on purpose (الكرملين); discovered ones are what the analysis found, right or wrong.
    private static bool IsNobody(ActorRef actor) => actor.Known is not { MatchInText: true } && NamesNobody(actor.Name);

    private static bool IsNoName(string w) =>
        ArabicLexicon.AnonymousSources.Contains(w) || ArabicLexicon.FunctionWords.Contains(w) || w.StartsWith("لكن", StringComparison.Ordinal) || ArabicLexicon.Titles.Contains(w) || Honorifics.Contains(w)
        || ArabicLexicon.OrganizationHeads.Contains(w) || ArabicLexicon.DocumentNouns.Contains(w) || ArabicLexicon.PersonAnaphors.Contains(w);

    private static bool IsRoleOnly(string name) =>
        ArabicTokenizer.Tokenize(name).FirstOrDefault(t => t.IsWord) is { Normalized: var first }
        && (ArabicLexicon.Titles.Contains(first) || ArabicLexicon.Titles.Contains(ArabicClitics.StripProclitics(first)));

    private static ActorRef Resolve(string name, ActorType type, ActorRegistry registry, Dictionary<(string, ActorType), ActorRef> resolved)
    {
        if (resolved.TryGetValue((name, type), out var known))
        {
            return known;
        }

        var found = registry.Lookup(name) ?? (type == ActorType.Person ? registry.LookupTrailingPerson(name) : null);
        var actor = found is not null ? ActorRef.Of(found) : new ActorRef(null, name, type);
        resolved[(name, type)] = actor;
        return actor;
    }


    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;
}
