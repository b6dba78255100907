using MediaMonitor.Analysis.Registry;

namespace MediaMonitor.Analysis.Tests.Registry;

/// <summary>Which quoted speakers become actors (charted, with a page) and which stay words in the quotation.</summary>
public sealed class SpeakerActorTests
{
    private static readonly ActorRegistry Empty = new([]);

    private static LinkedQuotation OnlyQuotation(string body)
    {
        var linked = ActorLinker.Link(body, ArticleAnalyzer.Analyze(new ArticleText(body)), Empty);
        return Assert.Single(linked.Quotations);
    }

    [Theory]
    [InlineData("وقالت مصادر مطلعة: «إن الاجتماع تأجل إلى الأسبوع المقبل».")]
    [InlineData("وقال محللون: «إن الأسواق ستبقى متقلبة لأشهر».")]
    [InlineData("وقال محمد: «لم نر مثل هذا المطر من قبل».")]
    [InlineData("وقال رئيس حزب: «سنشارك في الانتخابات المقبلة».")]
    public void ASpeakerTheArticleDoesNotNameIsNoActor(string body)
    {
        var quotation = OnlyQuotation(body);

        Assert.NotNull(quotation.Quotation.Speaker);
        Assert.Null(quotation.Speaker);
    }

    [Fact]
    public void ANamedSpeakerIsAnActorEvenOutsideTheRegistry()
    {
        var quotation = OnlyQuotation("وقال الوزير سليم الفارابي: «سنفتح المعبر غدا».");

        Assert.Equal("سليم الفارابي", quotation.Speaker?.Name);
    }

    [Theory]
    [InlineData("مصادر", true)]
    [InlineData("معالي", true)]
    [InlineData("المفوضية", true)]
    [InlineData("سمية", true)]
    [InlineData("ولكنه", true)]
    [InlineData("مُبيناً معاليه", true)]
    [InlineData("الشمراني حرصها", true)]
    [InlineData("عنهم", true)]
    [InlineData("مها الشمري", false)]
    [InlineData("النيابة العامة", false)]
    [InlineData("سليم الفارابي", false)]
    public void NamesNobodyTellsDescriptionsFromNames(string name, bool nobody) =>
        Assert.Equal(nobody, ActorLinker.NamesNobody(name));

    [Fact]
    public void AGivenNameAloneIsAPersonMentionButNoActorToStore()
    {
        const string body = "وقالت سمية: «لم نر مثل هذا المطر من قبل».";
        var linked = ActorLinker.Link(body, ArticleAnalyzer.Analyze(new ArticleText(body)), Empty);

        Assert.True(Assert.Single(linked.Mentions, m => body.Substring(m.Span.Start, m.Span.Length) == "سمية").IsUnnamed);
        Assert.Null(Assert.Single(linked.Quotations).Speaker);
    }
}
