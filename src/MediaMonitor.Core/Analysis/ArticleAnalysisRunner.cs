using MediaMonitor.Analysis;
using MediaMonitor.Analysis.Registry;
using MediaMonitor.Analysis.Topics;

namespace MediaMonitor.Core.Analysis;

/// <summary>What analysis found in one article, tied to the registry and scored for topics, ready to store.</summary>
public sealed record AnalyzedArticle(LinkedAnalysis Linked, IReadOnlyList<TopicScore> Topics);

/// <summary>
/// Runs the pure analysis library against the database's registry and topic rules. Immutable: build a new one when
/// the registry or the rules change. Thread-safe, so a batch can be analysed in parallel.
/// </summary>
public sealed class ArticleAnalysisRunner(ActorRegistry registry, TopicClassifier topics)
{
    /// <summary>Bumped whenever the analysis changes what it finds, so `mm reanalyze` knows what is stale.</summary>
    public const int Version = 1;

    public ActorRegistry Registry { get; } = registry;

    public TopicClassifier Topics { get; } = topics;

    public AnalyzedArticle Analyze(string? title, string body)
    {
        var analysis = ArticleAnalyzer.Analyze(new ArticleText(body, title));
        return new AnalyzedArticle(ActorLinker.Link(body, analysis, Registry), Topics.Classify(title, body));
    }
}
