using System.Collections.Frozen;
using MediaMonitor.Analysis.Text;

namespace MediaMonitor.Analysis.Quotes;

internal enum CueForm
{
    /// <summary>A finite verb: قال, وأضافت, تقول. Its subject follows it (or, in SVO, precedes it).</summary>
    Verb,

    /// <summary>An active participle in the accusative: قائلا, مضيفة. Shares the subject of the clause's verb.</summary>
    Participle,

    /// <summary>A preposition of attribution: بحسب, وفق, حسبما, نقلا عن. The source follows it.</summary>
    Preposition,
}

internal enum Gender
{
    Unknown,
    Masculine,
    Feminine,
}

/// <summary>A reporting cue. <paramref name="Weak"/> cues (اعتبر, أعلن, رأى …) also mean "consider / announce",
/// so alone they do not make a two-word quoted span a quotation.</summary>
internal sealed record ReportingCue(string Lemma, CueForm Form, Gender Gender, bool Weak, CueLink Link);

internal enum CueLink
{
    Subject,

    /// <summary>نقل عن X: the source is the object of عن, not the subject.</summary>
    FromSource,

    /// <summary>جاء في X: the source is the object of في.</summary>
    InSource,
}

/// <summary>The reporting verbs, participles and attribution prepositions of Arabic news, in all the forms
/// (past, present, participle, masculine and feminine) under which they introduce a quotation.</summary>
internal static class ReportingCues
{
    // lemma, weak, then: past m, past f, present m, present f, participle m, participle f ("" = no such cue form)
    private static readonly (string Lemma, bool Weak, string[] Forms)[] Verbs =
    [
        ("قال", false, ["قال", "قالت", "يقول", "تقول", "قائلا", "قائلة"]),
        ("أضاف", false, ["أضاف", "أضافت", "يضيف", "تضيف", "مضيفا", "مضيفة"]),
        ("أكد", false, ["أكد", "أكدت", "يؤكد", "تؤكد", "مؤكدا", "مؤكدة"]),
        ("ذكر", false, ["ذكر", "ذكرت", "يذكر", "تذكر", "", ""]),
        ("أشار", false, ["أشار", "أشارت", "يشير", "تشير", "مشيرا", "مشيرة"]),
        ("أوضح", false, ["أوضح", "أوضحت", "يوضح", "توضح", "موضحا", "موضحة"]),
        ("صرح", false, ["صرح", "صرحت", "يصرح", "تصرح", "مصرحا", "مصرحة"]),
        ("تابع", false, ["تابع", "تابعت", "يتابع", "تتابع", "", ""]),
        ("شدد", false, ["شدد", "شددت", "يشدد", "تشدد", "مشددا", "مشددة"]),
        ("لفت", false, ["لفت", "لفتت", "يلفت", "تلفت", "لافتا", "لافتة"]),
        ("أعلن", true, ["أعلن", "أعلنت", "يعلن", "تعلن", "معلنا", "معلنة"]),
        ("كتب", false, ["كتب", "كتبت", "يكتب", "تكتب", "", ""]),
        ("غرد", false, ["غرد", "غردت", "يغرد", "تغرد", "مغردا", "مغردة"]),
        ("نقل", false, ["نقل", "نقلت", "ينقل", "تنقل", "ناقلا", "ناقلة"]),
        ("اعتبر", true, ["اعتبر", "اعتبرت", "يعتبر", "تعتبر", "معتبرا", "معتبرة"]),
        ("وصف", false, ["وصف", "وصفت", "يصف", "تصف", "واصفا", "واصفة"]),
        ("دعا", false, ["دعا", "دعت", "يدعو", "تدعو", "داعيا", "داعية"]),
        ("اتهم", false, ["اتهم", "اتهمت", "يتهم", "تتهم", "متهما", "متهمة"]),
        ("حذر", false, ["حذر", "حذرت", "يحذر", "تحذر", "محذرا", "محذرة"]),
        ("طالب", true, ["طالب", "طالبت", "يطالب", "تطالب", "مطالبا", "مطالبة"]),
        ("كشف", false, ["كشف", "كشفت", "يكشف", "تكشف", "كاشفا", "كاشفة"]),
        ("أفاد", true, ["أفاد", "أفادت", "يفيد", "تفيد", "", ""]),
        ("رأى", true, ["رأى", "رأت", "يرى", "ترى", "", ""]),
        ("أعرب", true, ["أعرب", "أعربت", "يعرب", "تعرب", "معربا", "معربة"]),
        ("نفى", true, ["نفى", "نفت", "ينفي", "تنفي", "نافيا", "نافية"]),
        ("علق", false, ["علق", "علقت", "يعلق", "تعلق", "معلقا", "معلقة"]),
        ("ختم", false, ["ختم", "ختمت", "يختم", "تختم", "", ""]),
        ("اختتم", false, ["اختتم", "اختتمت", "يختتم", "تختتم", "", ""]),
        ("أردف", false, ["أردف", "أردفت", "يردف", "تردف", "مردفا", "مردفة"]),
        ("استطرد", false, ["استطرد", "استطردت", "يستطرد", "تستطرد", "", ""]),
        ("انتقد", false, ["انتقد", "انتقدت", "ينتقد", "تنتقد", "منتقدا", "منتقدة"]),
        ("أبلغ", false, ["أبلغ", "أبلغت", "", "", "", ""]),
        ("تساءل", false, ["تساءل", "تساءلت", "يتساءل", "تتساءل", "متسائلا", "متسائلة"]),
        ("نشر", false, ["", "نشرت", "", "", "", ""]),
        ("جاء", false, ["جاء", "", "", "", "", ""]),
        ("ورد", false, ["ورد", "", "", "", "", ""]),
        ("اعترف", true, ["اعترف", "اعترفت", "يعترف", "تعترف", "معترفا", "معترفة"]),
        ("هدد", true, ["هدد", "هددت", "يهدد", "تهدد", "مهددا", "مهددة"]),
        ("ناشد", false, ["ناشد", "ناشدت", "يناشد", "تناشد", "مناشدا", "مناشدة"]),
        ("أبدى", true, ["أبدى", "أبدت", "يبدي", "تبدي", "مبديا", "مبدية"]),
        ("نوه", false, ["نوه", "نوهت", "ينوه", "تنوه", "منوها", "منوهة"]),
        ("أفصح", false, ["أفصح", "أفصحت", "", "", "", ""]),
        ("وجه", true, ["", "وجهت", "", "", "", ""]),
        ("توقع", true, ["توقع", "توقعت", "", "", "متوقعا", "متوقعة"]),
        ("روى", false, ["روى", "روت", "يروي", "تروي", "", ""]),
    ];

    private static readonly string[] Prepositions =
        ["بحسب", "حسب", "حسبما", "وفق", "وفقا", "وفقاً", "طبقا", "نقلا", "نقلاً", "بحسبما", "وفقما"];

    private static readonly FrozenDictionary<string, ReportingCue> Table = Build();

    private static readonly FrozenDictionary<string, ReportingCue>.AlternateLookup<ReadOnlySpan<char>> SpanTable =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    public static ReportingCue? Find(string normalizedWord)
    {
        ArgumentNullException.ThrowIfNull(normalizedWord);
        return Find(normalizedWord.AsSpan(), allowSuffix: true);
    }

    // called for every token of every article: span look-ups, no substrings
    private static ReportingCue? Find(ReadOnlySpan<char> w, bool allowSuffix)
    {
        if (SpanTable.TryGetValue(w, out var cue))
        {
            return cue;
        }

        if (w.Length > 3 && (w[0] == 'و' || w[0] == 'ف') && SpanTable.TryGetValue(w[1..], out cue))
        {
            return cue;
        }

        if (!allowSuffix)
        {
            return null;
        }

        // an object pronoun on the verb: اعتبرته, أعلنته, وصفها
        foreach (var suffix in ObjectSuffixes)
        {
            if (w.Length > suffix.Length + 2 && w.EndsWith(suffix, StringComparison.Ordinal)
                && Find(w[..^suffix.Length], allowSuffix: false) is { Form: CueForm.Verb } verb && SuffixLemmas.Contains(verb.Lemma))
            {
                return verb;
            }
        }

        return null;
    }

    /// <summary>True when the cue was only found once an object pronoun was taken off (اعتبرته, نقلته).</summary>
    public static bool HasObjectSuffix(string normalizedWord) =>
        Find(normalizedWord.AsSpan(), allowSuffix: false) is null && Find(normalizedWord) is not null;

    private static readonly string[] ObjectSuffixes = ["ها", "هم", "ه"];

    // only verbs whose suffixed form is not also a common noun (إضافة, رؤية) may carry an object pronoun
    private static readonly HashSet<string> SuffixLemmas = new(["اعتبر", "أعلن", "وصف", "نقل", "أكد", "ذكر", "كشف", "قال", "وجه"], StringComparer.Ordinal);

    private static FrozenDictionary<string, ReportingCue> Build()
    {
        var table = new Dictionary<string, ReportingCue>(StringComparer.Ordinal);
        foreach (var (lemma, weak, forms) in Verbs)
        {
            for (var i = 0; i < forms.Length; i++)
            {
                if (forms[i].Length == 0)
                {
                    continue;
                }

                var gender = i % 2 == 0 ? Gender.Masculine : Gender.Feminine;
                var form = i >= 4 ? CueForm.Participle : CueForm.Verb;
                var link = lemma switch
                {
                    "نقل" => CueLink.FromSource,
                    "جاء" or "ورد" => CueLink.InSource,
                    _ => CueLink.Subject,
                };
                table.TryAdd(ArabicNormalizer.NormalizeWord(forms[i]), new ReportingCue(lemma, form, gender, weak, link));
            }
        }

        foreach (var p in Prepositions)
        {
            var link = p.StartsWith("نقل", StringComparison.Ordinal) ? CueLink.FromSource : CueLink.Subject;
            table.TryAdd(ArabicNormalizer.NormalizeWord(p), new ReportingCue(p, CueForm.Preposition, Gender.Unknown, true, link));
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
