using MediaMonitor.Analysis.Stories;

namespace MediaMonitor.Analysis.Tests.Stories;

public sealed class StoryRuleTests
{
    private static readonly uint[] Base = [.. Enumerable.Range(0, StoryFingerprinter.Hashes).Select(i => (uint)i * 7919u)];

    // A signature agreeing with Base in `equal` of its positions: an estimated Jaccard of equal / Hashes.
    private static uint[] Agreeing(int equal) =>
        [.. Base.Select((v, i) => i < equal ? v : v + 1)];

    private static TextFingerprint Article(int shingles = 100) => new(Base, shingles, [], 0);

    private static StoryCandidate Candidate(int equal, int shingles = 100, bool quotation = false, int actors = 0) => new()
    {
        ArticleId = 1,
        StoryId = 1,
        MinHash = Agreeing(equal),
        ShingleCount = shingles,
        SharesQuotation = quotation,
        SharedActors = actors,
    };

    [Fact]
    public void NearIdenticalTextsAreOneStory() =>
        Assert.NotNull(StoryRule.Match(Article(), Candidate(equal: 30)));

    [Fact]
    public void SameActorsWithDifferentTextAreNotOneStory() =>
        Assert.Null(StoryRule.Match(Article(), Candidate(equal: 3, actors: 6)));

    [Fact]
    public void ASharedQuotationWithoutSharedPeopleOrOrganisationsIsNotEnough() =>
        Assert.Null(StoryRule.Match(Article(), Candidate(equal: 2, quotation: true, actors: 1)));

    [Fact]
    public void ASharedQuotationWithSharedActorsMakesOneStory() =>
        Assert.NotNull(StoryRule.Match(Article(), Candidate(equal: 2, quotation: true, actors: StoryRule.MinSharedActors)));

    [Fact]
    public void RelatedTextNeedsSharedActors()
    {
        Assert.Null(StoryRule.Match(Article(), Candidate(equal: 20)));
        Assert.NotNull(StoryRule.Match(Article(), Candidate(equal: 20, actors: StoryRule.MinSharedActors)));
    }

    [Fact]
    public void AShortReprintContainedInALongerStoryIsOneStory() =>
        Assert.NotNull(StoryRule.Match(Article(shingles: 300), Candidate(equal: 18, shingles: 60)));

    [Fact]
    public void CloserMatchesScoreHigher() =>
        Assert.True(StoryRule.Match(Article(), Candidate(equal: 50)) > StoryRule.Match(Article(), Candidate(equal: 30)));

    [Fact]
    public void ActorsAreLookedUpOnlyWhenTheTextAloneDoesNotDecide()
    {
        Assert.False(StoryRule.NeedsActors(Article(), Candidate(equal: 40)));
        Assert.False(StoryRule.NeedsActors(Article(), Candidate(equal: 2)));
        Assert.True(StoryRule.NeedsActors(Article(), Candidate(equal: 2, quotation: true)));
        Assert.True(StoryRule.NeedsActors(Article(), Candidate(equal: 20)));
    }
}
