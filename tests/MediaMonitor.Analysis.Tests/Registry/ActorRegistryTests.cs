using MediaMonitor.Analysis.Actors;
using MediaMonitor.Analysis.Registry;

namespace MediaMonitor.Analysis.Tests.Registry;

public sealed class ActorRegistryTests
{
    private static readonly RegistryActor Iraq = new(1, "العراق", ActorType.Place, ["جمهورية العراق"]);
    private static readonly RegistryActor Nato = new(2, "حلف شمال الأطلسي", ActorType.Organization, ["الناتو", "حلف الناتو"]);
    private static readonly RegistryActor Mali = new(3, "مالي", ActorType.Place, []);
    private static readonly RegistryActor Found = new(4, "والتي", ActorType.Person, [], MatchInText: false);
    private static readonly ActorRegistry Registry = new([Iraq, Nato, Mali, Found]);

    private static List<(long Id, string Surface)> Find(string text) =>
        Registry.FindMentions(text).Select(m => (m.Actor.Id, text.Substring(m.Span.Start, m.Span.Length))).ToList();

    [Fact]
    public void NamesAreFoundBehindCliticsWithTheSpanStartingAtTheName()
    {
        var found = Find("وصل الوفد إلى بالعراق ثم غادر للعراق، وقال إن والعراق بلد صديق.");

        Assert.Equal([(1L, "العراق"), (1L, "لعراق"), (1L, "العراق")], found);
    }

    [Fact]
    public void TheLongestNameWinsAndAliasesMapToOneActor()
    {
        var found = Find("اجتمع قادة حلف شمال الأطلسي، وأكد الناتو وحلف الناتو دعمهم.");

        Assert.Equal([(2L, "حلف شمال الأطلسي"), (2L, "الناتو"), (2L, "حلف الناتو")], found);
    }

    [Fact]
    public void DiacriticsAndHamzaVariantsMatch()
    {
        Assert.Equal([(2L, "حلفِ شمالِ الاطلسي")], Find("بيان حلفِ شمالِ الاطلسي"));
    }

    [Fact]
    public void AnEverydayWordThatIsAlsoACountryNeedsAPlaceCue()
    {
        Assert.Empty(Find("قدم البنك دعم مالي كبير."));
        Assert.Equal([(3L, "مالي")], Find("وقع هجوم في مالي أمس."));
    }

    [Fact]
    public void DiscoveredNamesAreResolvedButNeverSearchedInText()
    {
        Assert.Empty(Find("المدينة والتي تقع شمالا"));
        Assert.Same(Found, Registry.Lookup("والتي"));
    }

    [Fact]
    public void LookupIgnoresTheArticleOnTheFirstWord()
    {
        Assert.Same(Iraq, Registry.Lookup("عراق"));
        Assert.Same(Nato, Registry.Lookup("الناتو"));
        Assert.Null(Registry.Lookup("فرنسا"));
    }

    [Fact]
    public void APersonWhoseNameEndsALongerPhraseIsFoundThroughTheTrailingWords()
    {
        var coach = new RegistryActor(9, "عماد الشيحي", ActorType.Person, []);
        var registry = new ActorRegistry([coach, Nato]);

        Assert.Same(coach, registry.LookupTrailingPerson("نجوم الوادي عماد الشيحي"));
        Assert.Null(registry.LookupTrailingPerson("نجوم الوادي الشيحي"));
        Assert.Null(registry.LookupTrailingPerson("قيادة حلف الناتو"));
    }
}

public sealed class CandidateStartsTests
{
    [Theory]
    [InlineData("والعراق")]
    [InlineData("بالعراق")]
    [InlineData("للحكومه")]
    [InlineData("فالوزاره")]
    [InlineData("وبغداد")]
    [InlineData("لبنان")]
    [InlineData("وزاره")]
    [InlineData("كركوك")]
    [InlineData("وكالة")]
    [InlineData("الناتو")]
    [InlineData("بن")]
    public void CandidateStartsAreTheReadingsOfStemCandidates(string word)
    {
        Span<int> starts = stackalloc int[4];
        var count = ActorRegistry.CandidateStarts(word, starts);

        var expected = MediaMonitor.Analysis.Text.ArabicClitics.StemCandidates(word).Distinct().Select(c => word.Length - c.Length).ToArray();
        Assert.Equal(expected, starts[..count].ToArray());
    }
}
