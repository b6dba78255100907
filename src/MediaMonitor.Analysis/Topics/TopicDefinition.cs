namespace MediaMonitor.Analysis.Topics;

/// <summary>
/// A topic as stored in the database: a stable key, Arabic and English names, a rule in the syntax of
/// <see cref="TopicRuleParser"/> and the score an article needs to be assigned the topic.
/// </summary>
public sealed record TopicDefinition(string Key, string NameAr, string NameEn, string Rule, double Threshold);

/// <summary>A topic assigned to an article: its score and the weighted terms that produced it, strongest first.</summary>
public sealed record TopicScore(string Key, double Score, IReadOnlyList<string> MatchedTerms);

/// <summary>
/// How one topic's rule judged one article, assigned or not, so that a rule can be explained and tuned:
/// the score, the weighted terms found, whether every REQUIRE held and whether an EXCLUDE fired.
/// </summary>
public sealed record TopicEvaluation(
    string Key,
    double Score,
    IReadOnlyList<string> MatchedTerms,
    bool RequirementsMet,
    bool Excluded,
    bool Assigned);
