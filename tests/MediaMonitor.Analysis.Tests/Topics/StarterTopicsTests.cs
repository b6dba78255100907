using MediaMonitor.Analysis.Topics;

namespace MediaMonitor.Analysis.Tests.Topics;

public sealed class StarterTopicsTests
{
    private static readonly TopicClassifier Classifier = new(StarterTopics.All);

    [Fact]
    public void StarterSetCoversTheAgreedTopicsWithUniqueKeysAndBothNames()
    {
        string[] required =
        [
            "security_terrorism", "diplomacy", "military", "politics_elections", "economy", "energy", "humanitarian",
            "health", "justice", "technology", "sport", "culture",
        ];

        Assert.Superset(required.ToHashSet(), StarterTopics.All.Select(t => t.Key).ToHashSet());
        Assert.Equal(StarterTopics.All.Count, StarterTopics.All.Select(t => t.Key).Distinct().Count());
        Assert.All(StarterTopics.All, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.NameAr));
            Assert.False(string.IsNullOrWhiteSpace(t.NameEn));
            Assert.True(t.Threshold > 0);
        });
    }

    [Fact]
    public void EveryStarterRuleHasFifteenToFortyWeightedTerms()
    {
        Assert.All(StarterTopics.All, t =>
        {
            var count = TopicRuleParser.Parse(t.Rule).Weights.Count;
            Assert.True(count is >= 15 and <= 40, $"{t.Key}: {count} weighted terms");
        });
    }

    [Fact]
    public void PenaltyAndAttackInAMatchReportAreSportNotWar()
    {
        var topics = Keys(
            "الهلال يقلب الطاولة",
            "قاد المهاجم هجوما خاطفا في الشوط الثاني من المباراة، وسدد قذيفة ارتطمت بالعارضة، قبل أن يحتسب الحكم ضربة جزاء "
            + "سجل منها اللاعب هدف الفوز لفريقه في الدوري، وقال المدرب إن الدفاع صمد أمام الضغط.");

        Assert.Contains("sport", topics);
        Assert.DoesNotContain("military", topics);
        Assert.DoesNotContain("security_terrorism", topics);
    }

    [Fact]
    public void BombingIsSecurity()
    {
        var topics = Keys(
            "تفجير انتحاري يستهدف سوقا شعبية",
            "قتل عشرة أشخاص في تفجير انتحاري بحزام ناسف استهدف سوقا مزدحمة، وتبنى تنظيم داعش الهجوم الإرهابي في بيان، "
            + "فيما فرضت قوات الأمن طوقا حول المكان واعتقلت مشتبها بهم.");

        Assert.Contains("security_terrorism", topics);
        Assert.DoesNotContain("sport", topics);
    }

    [Fact]
    public void AirStrikesAreMilitary()
    {
        var topics = Keys(
            null,
            "شنت مقاتلات التحالف غارات جوية على مواقع عسكرية، وأعلنت وزارة الدفاع أن القصف دمر منصات إطلاق صواريخ "
            + "ومخازن أسلحة، بينما دارت اشتباكات بين الجيش والمسلحين على أطراف المدينة.");

        Assert.Contains("military", topics);
    }

    [Fact]
    public void OilMarketIsEnergyAndEconomy()
    {
        var topics = Keys(
            "النفط يصعد بعد قرار أوبك",
            "ارتفعت أسعار النفط الخام في الأسواق العالمية، وصعد خام برنت إلى 80 دولارا للبرميل بعد أن اتفقت أوبك على خفض "
            + "الإنتاج، وقال محللون إن المستثمرين يترقبون بيانات النمو الاقتصادي والتضخم.");

        Assert.Contains("energy", topics);
        Assert.Contains("economy", topics);
    }

    [Fact]
    public void FilmFestivalIsCulture()
    {
        var topics = Keys(
            "فيلم عربي يفوز بجائزة المهرجان",
            "فاز فيلم المخرج الشاب بالجائزة الكبرى في مهرجان السينما، وأشادت لجنة التحكيم بأداء الممثلة وبالموسيقى التصويرية.");

        Assert.Contains("culture", topics);
    }

    [Fact]
    public void SmartphoneLaunchIsTechnology()
    {
        var topics = Keys(
            "هاتف ذكي جديد بكاميرا ثلاثية",
            "كشفت الشركة عن هاتفها الذكي الجديد الذي يعمل بنظام أندرويد ويضم معالجا أسرع وبطارية أكبر، مع تطبيقات تعتمد "
            + "على الذكاء الاصطناعي لتحسين الصور وحماية خصوصية المستخدمين.");

        Assert.Contains("technology", topics);
    }

    private static List<string> Keys(string? title, string body) => [.. Classifier.Classify(title, body).Select(t => t.Key)];
}
