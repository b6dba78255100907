using System.Collections.Frozen;
using MediaMonitor.Analysis.Text;

namespace MediaMonitor.Analysis.Actors;

/// <summary>
/// The project's own short list of organisations that news names without a head noun and that the actor registry
/// (states, political bodies) does not hold: big football clubs, global companies and media. Written from general
/// knowledge; names that are also everyday words or places on their own (الاتحاد, النصر, برشلونة) are left out
/// unless they come as a multi-word name (ريال مدريد, مانشستر يونايتد). Keys are normalised.
/// </summary>
internal static class OrganizationGazetteer
{
    // canonical | variants separated by '|'
    private static readonly string[] Entries =
    [
        // football clubs
        "ريال مدريد", "أتلتيكو مدريد|اتلتيكو مدريد", "مانشستر يونايتد|مانشيستر يونايتد", "مانشستر سيتي|مانشيستر سيتي", "ليفربول", "تشلسي|تشيلسي",
        "أرسنال|ارسنال|آرسنال", "توتنهام", "يوفنتوس", "إنتر ميلان|انتر ميلان", "إيه سي ميلان", "بايرن ميونيخ|بايرن ميونخ", "بوروسيا دورتموند",
        "باريس سان جيرمان|باريس سان جرمان", "أياكس أمستردام|أياكس", "بنفيكا", "بورتو", "سلتيك", "رينجرز", "غلطة سراي|جالطة سراي", "فنربخشة",
        "دينامو كييف", "سبارتاك موسكو", "سسكا موسكو", "الزمالك", "الإسماعيلي", "الترجي", "الوداد", "الرجاء البيضاوي", "الهلال السعودي", "النصر السعودي",

        // companies
        "مايكروسوفت", "غوغل|جوجل", "فيسبوك|فيس بوك", "أمازون", "آبل|أبل", "سامسونغ|سامسونج", "نوكيا", "موتورولا", "سوني", "إنتل", "آي بي إم",
        "تويوتا", "فولكسفاغن|فولكس فاغن", "مرسيدس", "بي إم دبليو", "جنرال موتورز", "فورد", "هوندا", "رينو", "بوينغ|بوينج", "إيرباص|ايرباص",
        "أرامكو", "سابك", "شل", "بي بي", "توتال", "إكسون موبيل", "شيفرون", "غازبروم", "هواوي", "علي بابا", "تسلا", "نتفليكس", "سيمنس",

        // media
        "رويترز", "فرانس برس", "أسوشيتد برس|أسوشييتد برس", "بي بي سي", "سي إن إن|سي ان ان", "نيويورك تايمز", "واشنطن بوست", "وول ستريت جورنال",
        "فايننشال تايمز", "الغارديان", "لوموند", "لوفيغارو", "دير شبيغل", "يديعوت أحرونوت|يديعوت احرونوت", "هآرتس", "معاريف", "بلومبرغ",
        "سكاي نيوز", "العربية نت", "الجزيرة نت", "الشرق الأوسط|الشرق الاوسط",
    ];

    private static readonly (FrozenDictionary<string, string> Names, int MaxWords) Table = Build();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWords =
        Table.Names.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static int MaxWords => Table.MaxWords;

    public static bool StartsAName(ReadOnlySpan<char> normalizedWord) => FirstWords.Contains(normalizedWord);

    public static string? Find(string normalizedPhrase) => Table.Names.TryGetValue(normalizedPhrase, out var name) ? name : null;

    private static (FrozenDictionary<string, string>, int) Build()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var max = 1;
        foreach (var entry in Entries)
        {
            var forms = entry.Split('|');
            foreach (var form in forms)
            {
                var key = ArabicNormalizer.NormalizeForMatching(form);
                names.TryAdd(key, forms[0]);
                max = Math.Max(max, key.Count(c => c == ' ') + 1);
            }
        }

        return (names.ToFrozenDictionary(StringComparer.Ordinal), max);
    }
}
