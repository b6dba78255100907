using MediaMonitor.Analysis.Actors;
using MediaMonitor.Core.Actors;
using MediaMonitor.Core.Analysis;
using MediaMonitor.Core.Importing;
using MediaMonitor.Core.Ingestion;
using MediaMonitor.Core.Tests.TestSupport;

namespace MediaMonitor.Core.Tests.Daily;

/// <summary>
/// A small fictional news week the daily tests write themselves: a quiet week of filler articles, then a busy day on
/// which a person never seen before is quoted in five articles and a wire story is reprinted by three outlets.
/// </summary>
internal static class DailyTestData
{
    public static readonly DateOnly BusyDay = new(2025, 4, 20);

    public const string NewPerson = "نبيل الزعفراني";
    public const string Minister = "سليم الوادعي";

    private static readonly string[] Words =
    [
        "السوق", "المدينة", "المزارعون", "الموسم", "الحصاد", "الأمطار", "الطريق", "الجسر", "المدرسة", "الطلاب", "المستشفى", "الأطباء",
        "الميناء", "السفن", "القطار", "المحطة", "الكهرباء", "المياه", "الحديقة", "المتحف", "المعرض", "الكتاب", "المسرح", "الفرقة",
        "الملعب", "الفريق", "المدرب", "البطولة", "الجمهور", "الصحيفة", "الإذاعة", "المهرجان", "القرية", "الجبل", "الوادي", "النهر",
        "البحر", "الصيادون", "الأسعار", "الخبز", "القمح", "الزيتون", "التمور", "المصنع", "العمال", "الشركة", "المصرف", "القرض",
        "الضرائب", "الموازنة", "البلدية", "الحي", "الشارع", "السيارات", "الحافلات", "المطار", "الرحلات", "السياح", "الفندق", "المطعم",
        "جديد", "قديم", "كبير", "صغير", "سريع", "بطيء", "واسع", "ضيق", "مرتفع", "منخفض", "قريب", "بعيد", "هادئ", "مزدحم",
    ];

    private static readonly string[] Outlets = ["صحيفة الضفاف", "موقع المدار", "إذاعة الشمال", "وكالة أنباء الواحة"];

    private const string Wire = """
        أعلنت وزارة المالية في جمهورية الواحة اليوم إطلاق برنامج قروض ميسرة للمشروعات الصغيرة بقيمة خمسمئة مليون دينار.
        ويستهدف البرنامج الشباب والنساء في المحافظات الريفية، ويمنح قروضا بلا فوائد لمدة خمس سنوات مع فترة سماح عام كامل.
        وقالت الوزارة في بيان إن البرنامج سيوفر نحو عشرين ألف فرصة عمل خلال السنوات الثلاث المقبلة في قطاعات الزراعة والحرف.
        """;

    public static async Task FillAsync(TempDatabase db)
    {
        await new ActorQueries(db.Factory, db.WriteGate, TimeProvider.System).SeedAsync(
        [
            new RegistryEntry("t-wadi", Minister, "Salim al-Wadi", ActorType.Person, ["الوادعي"], "m", "وزير الخارجية", null, null),
            new RegistryEntry("t-zafarani", NewPerson, "Nabil al-Zafarani", ActorType.Person, ["الزعفراني"], "m", "رئيس نقابة", null, null),
            new RegistryEntry("t-oasis", "جمهورية الواحة", "Oasis Republic", ActorType.Place, ["الواحة"], "f", null, null, "country"),
        ]);
        await new TopicQueries(db.Factory, db.WriteGate).SeedStarterTopicsAsync();

        var random = new Random(7);
        var drafts = new List<ArticleDraft>();
        var n = 0;
        for (var day = BusyDay.AddDays(-9); day < BusyDay; day = day.AddDays(1))
        {
            for (var i = 0; i < 3; i++)
            {
                var minister = i == 0 ? $"وقال وزير الخارجية {Minister} إن «العلاقات مع الجيران تمر بمرحلة جيدة ونعمل على تطويرها باستمرار».\n" : string.Empty;
                drafts.Add(Draft(n++, day, 9 + i, minister + Filler(random)));
            }
        }

        for (var i = 0; i < 5; i++)
        {
            drafts.Add(Draft(n++, BusyDay, 8 + i,
                $"قال رئيس النقابة {NewPerson} في تصريح صحفي إن «العمال لن يقبلوا بأي تخفيض في الأجور مهما كانت الظروف الاقتصادية رقم {i}».\n" + Filler(random)));
        }

        string[] intros = ["أعلنت الحكومة برنامجا جديدا للقروض.", "في خبر تناقلته وكالات الأنباء على نطاق واسع، أطلقت الحكومة برنامجا للقروض.", "وسط اهتمام واسع، أعلنت الحكومة برنامج القروض."];
        for (var i = 0; i < intros.Length; i++)
        {
            drafts.Add(Draft(n++, BusyDay, 14 + i, intros[i] + "\n" + Wire, "برنامج القروض " + i));
        }

        drafts.Add(Draft(n++, BusyDay, 18, $"وقال وزير الخارجية {Minister} إن «الحوار هو الطريق الوحيد لحل الأزمة مع الجيران في المنطقة».\n" + Filler(random)));
        await db.Importer(batchSize: 7).ImportAsync(drafts.Select(ReadResult.Ok).ToAsyncEnumerable(), new ImportRequest { Inputs = "daily test", InitiatedBy = "test" });
    }

    private static ArticleDraft Draft(int n, DateOnly day, int hour, string body, string? title = null) =>
        TempDatabase.Draft(body, title: title ?? "خبر " + n, source: Outlets[n % Outlets.Length],
            published: new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero), origin: "daily " + n);

    // Forty words drawn at random: no two filler texts share a run of three words by more than chance.
    private static string Filler(Random random) =>
        string.Join(' ', Enumerable.Range(0, 40).Select(_ => Words[random.Next(Words.Length)])) + ".";
}
