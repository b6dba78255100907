using MediaMonitor.Analysis.Actors;

namespace MediaMonitor.Analysis.Tests.Actors;

// Invented sentences; the people and bodies are fictional, the places real.
public sealed class ActorMentionFinderTests
{
    private static List<(string Name, string Surface, ActorType Type)> Find(string text) =>
        ActorMentionFinder.Find(text).Select(m => (m.Name, m.Span.Slice(text), m.Type)).ToList();

    [Fact]
    public void PersonAfterTitleAndTheSurnameLaterShareOneName()
    {
        var mentions = Find("وصل وزير الخارجية سامر القاسم إلى عمان. وقال القاسم إن الزيارة ناجحة.");

        Assert.Contains(("سامر القاسم", "سامر القاسم", ActorType.Person), mentions);
        Assert.Contains(("سامر القاسم", "القاسم", ActorType.Person), mentions);
    }

    [Fact]
    public void PlacesAreFoundThroughClitics()
    {
        var mentions = Find("التقى الوفد في بغداد بممثلين من والعراق وبالرياض وللقاهرة.");

        Assert.Contains(("بغداد", "بغداد", ActorType.Place), mentions);
        Assert.Contains(("الرياض", "الرياض", ActorType.Place), mentions);
        Assert.Contains(mentions, m => m.Name == "القاهرة" && m.Type == ActorType.Place); // للقاهرة: the span keeps the article's lam
        Assert.Contains(mentions, m => m.Name == "العراق" && m.Surface == "العراق");
    }

    [Fact]
    public void MultiWordPlacesWinOverTheirParts()
    {
        var mentions = Find("زار الرئيس الولايات المتحدة ثم كوريا الجنوبية.");

        Assert.Contains(mentions, m => m.Name == "الولايات المتحدة" && m.Type == ActorType.Place);
        Assert.Contains(mentions, m => m.Name == "كوريا الجنوبية" && m.Type == ActorType.Place);
    }

    [Fact]
    public void OrganisationsAreNamedByTheirHeadNoun()
    {
        var mentions = Find("أعلنت وزارة الصحة الأردنية ولوكالة الطاقة الذرية ووكالة الفضاء الإقليمية نتائج جديدة.");

        Assert.Contains(("وزارة الصحة الأردنية", "وزارة الصحة الأردنية", ActorType.Organization), mentions);
        Assert.Contains(mentions, m => m.Name == "وكالة الطاقة الذرية" && m.Type == ActorType.Organization);
    }

    [Fact]
    public void HeadWithAnIndefiniteAdjectiveIsNotAnOrganisation()
    {
        var mentions = Find("ألقت الشرطة القبض على شبكة إرهابية في المدينة.");

        Assert.DoesNotContain(mentions, m => m.Name.StartsWith("شبكة", StringComparison.Ordinal));
    }

    [Fact]
    public void DefiniteGovernmentWithItsAdjectiveIsAnOrganisation()
    {
        var mentions = Find("وفق بيان للحكومة الليبية صدر أمس.");

        Assert.Contains(mentions, m => m.Name == "الحكومة الليبية" && m.Type == ActorType.Organization);
    }
}

public sealed class ArticleAnalyzerTests
{
    [Fact]
    public void AnalysisReturnsQuotationsMentionsAndByline()
    {
        var article = new ArticleText(
            "قال وزير الزراعة سالم الحداد في القاهرة إن «الموسم جيد». وأضاف الحداد: «سنصدر الفائض».",
            BylineLine: "القاهرة- أحمد الريدي");

        var analysis = ArticleAnalyzer.Analyze(article);

        Assert.Equal(2, analysis.Quotations.Count);
        Assert.All(analysis.Quotations, q => Assert.Equal("سالم الحداد", q.Speaker?.Name));
        Assert.Contains(analysis.Mentions, m => m.Name == "سالم الحداد" && m.Type == ActorType.Person);
        Assert.Contains(analysis.Mentions, m => m.Name == "القاهرة" && m.Type == ActorType.Place);
        Assert.False(analysis.Byline.IsEmpty);
    }

    [Fact]
    public void ConcurrentCallsGiveTheSameResultAsSequentialOnes()
    {
        var texts = Enumerable.Range(0, 40).Select(i =>
            $"قال المتحدث باسم الوزارة رامي فهد {i} إن «الخطة رقم {i} بدأت». وأضافت الوزارة: «سنتابع التنفيذ في بغداد».").ToList();
        var sequential = texts.Select(t => ArticleAnalyzer.Analyze(new ArticleText(t))).ToList();

        var parallel = new ArticleAnalysis[texts.Count];
        Parallel.For(0, texts.Count, i => parallel[i] = ArticleAnalyzer.Analyze(new ArticleText(texts[i])));

        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(sequential[i].Quotations, parallel[i].Quotations);
            Assert.Equal(sequential[i].Mentions, parallel[i].Mentions);
        }
    }
}
