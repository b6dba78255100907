using MediaMonitor.Analysis.Stories;

namespace MediaMonitor.Analysis.Tests.Stories;

public sealed class StoryFingerprinterTests
{
    // Fictional text written for these tests.
    private const string Wire = """
        أعلنت هيئة الموانئ في جمهورية السنديان اليوم افتتاح رصيف جديد في ميناء الصنوبر بطاقة استيعابية تبلغ مليوني حاوية سنويا.
        وقال رئيس الهيئة كمال الفيروزي في مؤتمر صحفي إن الرصيف الجديد سيخفض زمن انتظار السفن إلى النصف خلال عام واحد.
        وأضاف أن المشروع استغرق ثلاث سنوات من العمل المتواصل بمشاركة شركات محلية وأجنبية، وأنه يوفر أكثر من ألف وظيفة دائمة.
        ويأتي افتتاح الرصيف ضمن خطة حكومية لتحديث البنية التحتية للنقل البحري وزيادة حصة البلاد من تجارة الترانزيت في المنطقة.
        """;

    private const string Unrelated = """
        فاز فريق نجوم الوادي على ضيفه فريق شهب الساحل بثلاثة أهداف مقابل هدف في المباراة التي أقيمت مساء أمس على ملعب المدينة.
        وسجل المهاجم الشاب أهداف فريقه الثلاثة في الشوط الثاني، ليرفع رصيده إلى اثني عشر هدفا في صدارة ترتيب الهدافين.
        وقال مدرب الفريق بعد المباراة إن اللاعبين قدموا أداء مميزا رغم الغيابات والإصابات التي عانى منها الفريق في الأسابيع الأخيرة.
        """;

    [Fact]
    public void IdenticalTextsHaveEqualSignaturesBandsAndSimHash()
    {
        var a = StoryFingerprinter.Fingerprint(Wire);
        var b = StoryFingerprinter.Fingerprint(Wire);

        Assert.Equal(1.0, StoryFingerprinter.EstimateJaccard(a.MinHash, b.MinHash));
        Assert.Equal(a.Bands, b.Bands);
        Assert.Equal(0, StoryFingerprinter.HammingDistance(a.SimHash, b.SimHash));
        Assert.Equal(StoryFingerprinter.BandCount, a.Bands.Length);
        Assert.Equal(StoryFingerprinter.Hashes, a.MinHash.Length);
    }

    [Fact]
    public void SpellingVariantsDiacriticsAndPunctuationDoNotChangeTheFingerprint()
    {
        var variant = Wire.Replace("أعلنت", "اعلنت", StringComparison.Ordinal)
            .Replace("جمهورية", "جُمهوريّة", StringComparison.Ordinal)
            .Replace("،", " ,", StringComparison.Ordinal)
            .Replace("الهيئة", "الهيئه", StringComparison.Ordinal);

        Assert.Equal(StoryFingerprinter.Fingerprint(Wire).MinHash, StoryFingerprinter.Fingerprint(variant).MinHash);
    }

    [Fact]
    public void UnrelatedTextsShareNoBandAndAlmostNoMinHashValue()
    {
        var a = StoryFingerprinter.Fingerprint(Wire);
        var b = StoryFingerprinter.Fingerprint(Unrelated);

        Assert.Empty(a.Bands.Intersect(b.Bands));
        Assert.True(StoryFingerprinter.EstimateJaccard(a.MinHash, b.MinHash) < 0.1);
        Assert.True(StoryFingerprinter.HammingDistance(a.SimHash, b.SimHash) > 10);
    }

    [Fact]
    public void TheMinHashEstimateIsCloseToTheExactJaccardOfTheShingles()
    {
        var reprint = "في تطور لافت، تناقلت وكالات الأنباء الخبر التالي على نطاق واسع مساء اليوم.\n" + Wire;
        var exact = Jaccard(StoryFingerprinter.Shingles(Wire), StoryFingerprinter.Shingles(reprint));

        var estimate = StoryFingerprinter.EstimateJaccard(StoryFingerprinter.Fingerprint(Wire).MinHash, StoryFingerprinter.Fingerprint(reprint).MinHash);

        Assert.InRange(exact, 0.6, 0.95);
        Assert.InRange(estimate, exact - 0.15, exact + 0.15);
    }

    [Fact]
    public void AReprintCutAfterItsFirstParagraphIsEstimatedAsContainedInTheFullStory()
    {
        var cut = Wire.Split('\n')[0];
        var full = StoryFingerprinter.Fingerprint(Wire);
        var part = StoryFingerprinter.Fingerprint(cut);

        var jaccard = StoryFingerprinter.EstimateJaccard(full.MinHash, part.MinHash);
        var containment = StoryFingerprinter.EstimateContainment(jaccard, full.ShingleCount, part.ShingleCount);

        Assert.True(jaccard < StoryRule.DuplicateJaccard, $"jaccard {jaccard}");
        Assert.True(containment >= StoryRule.Containment, $"containment {containment}");
    }

    [Fact]
    public void QuotationKeysMatchTheSameWordsAndIgnoreShortQuotations()
    {
        var a = StoryFingerprinter.QuotationKey("الرصيف الجديد سيخفض زمن انتظار السفن إلى النصف");
        var b = StoryFingerprinter.QuotationKey("الرصيفُ الجديدُ سيخفض زمن انتظار السفن الى النصف");

        Assert.NotNull(a);
        Assert.Equal(a, b);
        Assert.NotEqual(a, StoryFingerprinter.QuotationKey("الرصيف الجديد سيخفض زمن انتظار الشاحنات إلى النصف"));
        Assert.Null(StoryFingerprinter.QuotationKey("لن نتراجع أبدا"));
    }

    [Fact]
    public void TheSignatureSurvivesStorageAsBytes()
    {
        var fingerprint = StoryFingerprinter.Fingerprint(Wire);

        Assert.Equal(fingerprint.MinHash, TextFingerprint.MinHashFromBytes(fingerprint.MinHashBytes()));
    }

    [Fact]
    public void AnEmptyTextHasNoBandsSoItIsNeverACandidate()
    {
        var fingerprint = StoryFingerprinter.Fingerprint("…");

        Assert.Equal(0, fingerprint.ShingleCount);
        Assert.Empty(fingerprint.Bands);
    }

    private static double Jaccard(HashSet<ulong> a, HashSet<ulong> b) =>
        (double)a.Intersect(b).Count() / a.Union(b).Count();
}
