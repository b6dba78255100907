using MediaMonitor.Analysis.Actors;
using MediaMonitor.Analysis.Registry;
using MediaMonitor.Analysis.Text;

namespace MediaMonitor.Analysis.Tests.Actors;

// Invented sentences: the people, papers and bodies are fictional (the famous surnames and clubs excepted).
public sealed class PersonNameRecognitionTests
{
    private static List<(string Name, string Surface, ActorType Type)> Find(string text) =>
        ArticleAnalyzer.Analyze(new ArticleText(text)).Mentions.Select(m => (m.Name, m.Span.Slice(text), m.Type)).ToList();

    private static List<string> People(string text) =>
        Find(text).Where(m => m.Type == ActorType.Person).Select(m => m.Surface).ToList();

    [Fact]
    public void GivenNameWithFamilyNameIsAPersonWithoutATitle()
    {
        Assert.Contains("خالد النعيمي", People("وصل خالد النعيمي إلى المدينة مساء أمس."));
        Assert.Contains("فاطمة حسين", People("فازت فاطمة حسين بالجائزة الأولى في المسابقة."));
    }

    [Fact]
    public void ParticlesAndAbdNamesJoinTheParts()
    {
        Assert.Contains("سعود بن عبد العزيز آل رشيد", People("استقبل سعود بن عبد العزيز آل رشيد الوفد في القصر."));
        Assert.Contains("عبد الرحمن سالم", People("قدم عبد الرحمن سالم استقالته من المجلس."));
        Assert.Contains("أبو سامر", People("تحدث أبو سامر عن تجربته في الزراعة."));
    }

    [Fact]
    public void ForeignFirstNamesAndFamousSurnamesAreFound()
    {
        Assert.Contains("جورج ميلر", People("وصل جورج ميلر إلى الاجتماع متأخرا."));
        var people = People("وتحدث بوتين عن الطاقة، ورفض بوش وبلير التعليق.");
        Assert.Contains("بوتين", people);
        Assert.Contains("بوش", people);
        Assert.Contains("بلير", people); // وبلير: the span leaves out the conjunction
    }

    [Fact]
    public void AGivenNameThatIsAlsoAWordNeedsAnotherNamePart()
    {
        Assert.DoesNotContain(People("كان الطقس حسن جدا في الصباح."), p => p.StartsWith("حسن", StringComparison.Ordinal));
        Assert.Empty(People("وشدد الاجتماع علي ضرورة التعاون بين الجانبين."));
        Assert.Contains("حسن محمود", People("قال حسن محمود إن الموسم جيد."));
    }

    [Fact]
    public void TheNameStopsBeforeVerbsObjectsAndAccusatives()
    {
        Assert.Contains("بوتين", People("قال الكرملين إن بوتين سيزور المنطقة."));
        Assert.Contains("يوسف ناصر", People("أشرك المدرب يوسف ناصر بديلا في الشوط الثاني."));
        Assert.DoesNotContain(People("ورفض جوزيه الإفصاح عن خطته."), p => p.Contains("الإفصاح", StringComparison.Ordinal));
    }

    [Fact]
    public void ARulerKeepsHisOrdinalAndAFamilyNisbaConfirmsAName()
    {
        Assert.Contains("فيصل الثاني", People("حكم فيصل الثاني البلاد سنوات."));
        Assert.Contains("أيمن الزهراني", People("وصرح أيمن الزهراني للصحفيين بأن الطريق مغلق."));
    }

    [Fact]
    public void AfterATitleOrANisbaAFirstNameTakesADefiniteFamilyName()
    {
        Assert.Contains("نور الساعدي", People("وقدم الفنان نور الساعدي أغنية جديدة."));
        Assert.Contains("مروان الشمري", People("سجل اللاعب المغربي مروان الشمري هدفين."));
        Assert.Contains("محمد علي الحديثي", People("استقبل محمد علي الحديثي الضيوف."));
    }

    [Fact]
    public void TheSurnameAloneLaterIsTheSamePerson()
    {
        var mentions = Find("وصل جمال النعيمي إلى بيروت. وأكد النعيمي أن الزيارة ناجحة.");

        Assert.Contains(("جمال النعيمي", "النعيمي", ActorType.Person), mentions);
    }
}

public sealed class OrganizationRecognitionTests
{
    private static List<(string Name, string Surface, ActorType Type)> Find(string text) =>
        ArticleAnalyzer.Analyze(new ArticleText(text)).Mentions.Select(m => (m.Name, m.Span.Slice(text), m.Type)).ToList();

    [Fact]
    public void ADefiniteHeadWithACommonAdjectiveIsADescription()
    {
        var mentions = Find("انسحبت القوات القتالية من المدينة، وتأهلت المجموعة الثانية إلى الدور النهائي.");

        Assert.DoesNotContain(mentions, m => m.Type == ActorType.Organization);
    }

    [Fact]
    public void ANisbaOfAPlaceOrABlocMakesAName()
    {
        var mentions = Find("قالت الحكومة الكندية إن التحالف الدولي يدعم الجيش الموريتاني.");

        Assert.Contains(mentions, m => m.Name == "الحكومة الكندية" && m.Type == ActorType.Organization);
        Assert.Contains(mentions, m => m.Name == "التحالف الدولي" && m.Type == ActorType.Organization);
        Assert.Contains(mentions, m => m.Name == "الجيش الموريتاني" && m.Type == ActorType.Organization);
    }

    [Fact]
    public void AShortFormIsANameWhenTheArticleNamesTheBodyInFull()
    {
        var mentions = Find("أعلنت قوات الحرس الكندية خطة جديدة. وقالت مصادر إن قوات الحرس ستعرضها على البرلمان.");

        Assert.Contains(mentions, m => m.Surface == "قوات الحرس" && m.Type == ActorType.Organization);
        Assert.DoesNotContain(mentions, m => m.Surface == "مصادر");
        Assert.DoesNotContain(Find("ستعرض قوات الحرس خطتها على البرلمان."), m => m.Type == ActorType.Organization);
    }

    [Fact]
    public void AFamilyIsNotAnOrganisation()
    {
        Assert.DoesNotContain(Find("حكمت أسرة السعدون المنطقة قرنا."), m => m.Type == ActorType.Organization);
    }

    [Fact]
    public void ClubsAndCompaniesFromTheListWinOverThePlaceInTheirName()
    {
        var mentions = Find("فاز ريال مدريد على ضيفه، وأعلنت لنوكيا نتائجها.");

        Assert.Contains(("ريال مدريد", "ريال مدريد", ActorType.Organization), mentions);
        Assert.DoesNotContain(mentions, m => m.Surface == "مدريد");
    }

    [Fact]
    public void GentilicsAreRecognised()
    {
        Assert.True(ActorMentionFinder.IsGentilic(ArabicNormalizer.NormalizeWord("العراقية")));
        Assert.True(ActorMentionFinder.IsGentilic(ArabicNormalizer.NormalizeWord("الأميركي")));
        Assert.True(ActorMentionFinder.IsGentilic(ArabicNormalizer.NormalizeWord("والفرنسية")));
        Assert.False(ActorMentionFinder.IsGentilic(ArabicNormalizer.NormalizeWord("القتالية")));
        Assert.False(ActorMentionFinder.IsGentilic(ArabicNormalizer.NormalizeWord("الحالية")));
    }
}

public sealed class LinkerSpanTests
{
    private static readonly ActorRegistry Registry = new(
    [
        new RegistryActor(1, "الملك فيصل الأول", ActorType.Person, ["فيصل الأول", "الملك فيصل الأول"]),
        new RegistryActor(2, "حركة النهضة الخضراء", ActorType.Organization, ["النهضة الخضراء", "حركة النهضة الخضراء"]),
        new RegistryActor(4, "وزارة الزراعة الكندية", ActorType.Organization, ["الزراعة الكندية", "وزارة الزراعة الكندية"]),
        new RegistryActor(3, "غزة", ActorType.Place, ["قطاع غزة", "غزة"]),
    ]);

    private static List<string> Spans(string text) =>
        ActorLinker.Link(text, ArticleAnalyzer.Analyze(new ArticleText(text)), Registry).Mentions.Select(m => m.Span.Slice(text)).ToList();

    [Fact]
    public void ATitleInARegistryAliasIsNotPartOfTheName()
    {
        Assert.Contains("فيصل الأول", Spans("استقبل الملك فيصل الأول الوفد."));
    }

    [Fact]
    public void AHeadNounBeforeAnAliasOfTheSameActorIsLeftOut()
    {
        Assert.Contains("النهضة الخضراء", Spans("أعلنت حركة النهضة الخضراء مقاطعة الانتخابات."));
        Assert.Contains("وزارة الزراعة الكندية", Spans("أعلنت وزارة الزراعة الكندية خطة جديدة.")); // a ministry is part of the name
    }

    [Fact]
    public void APlaceDescriptorIsLeftOutWhenTheRestIsThePlace()
    {
        Assert.Contains("غزة", Spans("وصلت المساعدات إلى قطاع غزة أمس."));
    }
}
