using System.Collections.Frozen;

namespace MediaMonitor.Core.Daily;

/// <summary>The labels of the daily summary and the briefing, in Arabic and English (the page has an AR/EN switch).</summary>
public static class DailyText
{
    private static readonly FrozenDictionary<string, (string Ar, string En)> Labels = new Dictionary<string, (string, string)>
    {
        ["title"] = ("الموجز اليومي", "Daily summary"),
        ["briefing"] = ("موجز إعلامي", "Media briefing"),
        ["previous"] = ("اليوم السابق", "Previous day"),
        ["next"] = ("اليوم التالي", "Next day"),
        ["fallback"] = ("لا مقالات في {0}؛ يُعرض آخر يوم فيه بيانات: {1}", "No articles on {0}; showing the latest day with data: {1}"),
        ["noHistory"] = ("هذا أول يوم في البيانات: لا أيام قبله للمقارنة، فلا فاعلين جددًا ولا قفزات.", "This is the first day in the data: there is nothing before it to compare with, so no new actors and no spikes."),
        ["empty"] = ("لا توجد مقالات بعد. استورد بعض المقالات أولا.", "No articles yet. Import some articles first."),
        ["articles"] = ("المقالات", "Articles"),
        ["stories"] = ("القصص المتميزة", "Distinct stories"),
        ["outlets"] = ("المنافذ", "Outlets"),
        ["quotes"] = ("الاقتباسات", "Quotations"),
        ["vsAverage"] = ("متوسط الأيام السبعة السابقة: {0}", "7-day average before: {0}"),
        ["topActors"] = ("أبرز الفاعلين (أشخاص ومنظمات)", "Top actors (people and organisations)"),
        ["topTopics"] = ("أبرز الموضوعات", "Top topics"),
        ["newActors"] = ("فاعلون جدد (ظهروا لأول مرة)", "New actors (first seen)"),
        ["spikes"] = ("قفزات لافتة", "Spikes"),
        ["spikeRule"] = (
            "قفزة: {0} مقالات يوميًا على الأقل، وثلاثة أضعاف متوسطه اليومي في الـ{1} يومًا السابقة على الأقل، ودرجة معيارية (z) لا تقل عن 2 مقارنة بتلك الأيام.",
            "Spike: at least {0} articles per day, at least three times its daily average over the previous {1} days, and a z-score of at least 2 against those days."),
        ["topStories"] = ("أكبر القصص", "Top stories"),
        ["speakers"] = ("الأكثر اقتباسًا", "Most-quoted speakers"),
        ["keyQuotes"] = ("اقتباسات اليوم البارزة", "Key quotations of the day"),
        ["volume"] = ("المقالات والقصص يوميًا", "Articles and stories per day"),
        ["name"] = ("الاسم", "Name"),
        ["type"] = ("النوع", "Type"),
        ["count"] = ("العدد", "Count"),
        ["average"] = ("المتوسط", "Average"),
        ["change"] = ("التغير", "Change"),
        ["ratio"] = ("الضعف", "Ratio"),
        ["story"] = ("القصة", "Story"),
        ["outletsList"] = ("المنافذ", "Outlets"),
        ["outletCount"] = ("عدد المنافذ", "Number of outlets"),
        ["metric"] = ("المؤشر", "Measure"),
        ["numbers"] = ("الأرقام الرئيسية", "Key numbers"),
        ["value"] = ("القيمة", "Value"),
        ["person"] = ("شخص", "person"),
        ["organization"] = ("منظمة", "organisation"),
        ["place"] = ("مكان", "place"),
        ["topic"] = ("موضوع", "topic"),
        ["actor"] = ("فاعل", "actor"),
        ["new"] = ("جديد", "new"),
        ["none"] = ("لا شيء", "none"),
        ["exportWord"] = ("تصدير Word", "Export Word"),
        ["print"] = ("نسخة للطباعة (A4)", "Print version (A4)"),
        ["language"] = ("English", "العربية"),
        ["period"] = ("الفترة", "Period"),
        ["allOutlets"] = ("كل المنافذ", "all outlets"),
        ["someOutlets"] = ("{0} منافذ مختارة", "{0} selected outlets"),
        ["generated"] = ("أُعد في {0} (التوقيت العالمي)", "Generated {0} UTC"),
        ["original"] = ("المصدر الأصلي", "original"),
        ["inReader"] = ("في MediaMonitor", "in MediaMonitor"),
        ["quotesLabel"] = ("اقتباسات", "quotations"),
        ["articlesLabel"] = ("مقالات", "articles"),
    }.ToFrozenDictionary();

    public static string Get(string key, bool english = false) =>
        Labels.TryGetValue(key, out var label) ? (english ? label.En : label.Ar) : key;

    public static string Format(string key, bool english, params object[] values) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Get(key, english), values);

    /// <summary>"+35%", "−20%", or "جديد"/"new" when there was nothing to compare with.</summary>
    public static string Change(Comparison comparison, bool english = false)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        if (comparison.ChangePercent is not { } percent)
        {
            return comparison.Value > 0 ? Get("new", english) : "–";
        }

        var rounded = Math.Round(percent);
        return rounded switch
        {
            > 0 => "+" + rounded.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%",
            < 0 => "−" + Math.Abs(rounded).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%",
            _ => "0%",
        };
    }

    public static string Number(double value) =>
        value.ToString(value % 1 == 0 ? "N0" : "N1", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The actor or topic name in the chosen language: the English name when known, the Arabic one otherwise.</summary>
    public static string Name(TrendItem item, bool english)
    {
        ArgumentNullException.ThrowIfNull(item);
        return english && !string.IsNullOrWhiteSpace(item.NameEn) ? item.NameEn : item.NameAr;
    }
}
