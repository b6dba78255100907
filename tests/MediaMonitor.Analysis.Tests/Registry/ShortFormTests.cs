using MediaMonitor.Analysis.Actors;
using MediaMonitor.Analysis.Registry;

namespace MediaMonitor.Analysis.Tests.Registry;

public sealed class ShortFormTests
{
    private static readonly RegistryActor Coalition = new(7, "التحالف الدولي", ActorType.Organization, []);
    private static readonly ActorRegistry Registry = new([Coalition]);

    private static List<string> MentionsOf(string body, long id)
    {
        var linked = ActorLinker.Link(body, ArticleAnalyzer.Analyze(new ArticleText(body)), Registry);
        return linked.Mentions.Where(m => m.Actor.Known?.Id == id).Select(m => body.Substring(m.Span.Start, m.Span.Length)).ToList();
    }

    [Fact]
    public void ABareHeadNounAfterTheFullNameIsTheSameOrganisation()
    {
        var mentions = MentionsOf("طالب الوزير التحالف الدولي بالمساعدة، ثم دعا إلى سحب القوات التابعة للتحالف، في أقرب وقت.", Coalition.Id);

        Assert.Equal(["التحالف الدولي", "لتحالف"], mentions);
    }

    [Fact]
    public void AHeadNounFollowedByAnotherNameIsADifferentOrganisation()
    {
        var mentions = MentionsOf("رحب التحالف الدولي بالخطوة، بينما رفضها التحالف الوطني المعارض.", Coalition.Id);

        Assert.Equal(["التحالف الدولي"], mentions);
    }

    [Fact]
    public void ABareHeadNounBeforeAnyFullNameStaysUnlinked()
    {
        var mentions = MentionsOf("قال المتحدث إن للتحالف دورا، ثم التقى ممثلي التحالف الدولي.", Coalition.Id);

        Assert.Equal(["التحالف الدولي"], mentions);
    }
}
