using System.Globalization;

namespace MediaMonitor.Analysis.Topics;

/// <summary>
/// Assigns topics to articles by their rules (see <see cref="TopicRuleParser"/> for the syntax). Each weighted
/// term contributes <c>weight × (min(occurrences in the body, 3) + 2 if it occurs in the title)</c>: the cap keeps
/// one repeated word from carrying a topic, and the title says what the article is about more surely than any body
/// sentence. A topic is assigned when its score reaches the threshold, every REQUIRE holds and no EXCLUDE does.
/// Scores are raw sums, not scaled by length, so a score reads directly as "which words, how often".
/// <para>
/// Rules are compiled once, in the constructor, into one index of all their terms; classifying reads the article
/// once. Immutable after construction, so one instance is safe to share between threads. No I/O.
/// </para>
/// </summary>
public sealed class TopicClassifier
{
    /// <summary>At most this many body occurrences of a term count.</summary>
    public const int BodyOccurrenceCap = 3;

    /// <summary>What a term's presence in the title adds, in occurrences.</summary>
    public const int TitleOccurrenceBonus = 2;

    private readonly TermIndex index;
    private readonly CompiledTopic[] compiled;

    /// <exception cref="TopicRuleException">A rule does not parse; the message names the topic and the position.</exception>
    public TopicClassifier(IEnumerable<TopicDefinition> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var builder = new TermIndex.Builder();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<CompiledTopic>();
        foreach (var topic in topics)
        {
            ArgumentNullException.ThrowIfNull(topic);
            ArgumentException.ThrowIfNullOrWhiteSpace(topic.Key, nameof(topics));
            if (!keys.Add(topic.Key))
            {
                throw new ArgumentException($"topic key '{topic.Key}' appears twice", nameof(topics));
            }

            if (!double.IsFinite(topic.Threshold) || topic.Threshold <= 0)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"topic '{topic.Key}': the threshold must be a positive number, not {topic.Threshold}"),
                    nameof(topics));
            }

            TopicRule rule;
            try
            {
                rule = TopicRuleParser.Parse(topic.Rule ?? string.Empty);
            }
            catch (TopicRuleException e)
            {
                throw new TopicRuleException($"topic '{topic.Key}': {e.Message}", e.Position, topic.Key);
            }

            list.Add(new CompiledTopic(
                topic,
                [.. rule.Weights.Select(w => new CompiledWeight(builder.Add(w.Term), w.Weight, w.Term.Text))],
                [.. rule.Requirements.Select(r => Condition.Compile(r, builder))],
                [.. rule.Exclusions.Select(r => Condition.Compile(r, builder))]));
        }

        index = builder.Build();
        compiled = [.. list];
        Topics = [.. list.Select(t => t.Definition)];
    }

    public IReadOnlyList<TopicDefinition> Topics { get; }

    /// <summary>The topics assigned to the article, highest score first.</summary>
    public IReadOnlyList<TopicScore> Classify(string? title, string body)
    {
        var (bodyCounts, titleCounts) = Count(title, body);
        List<TopicScore>? assigned = null;
        foreach (var topic in compiled)
        {
            if (topic.IsAssigned(bodyCounts, titleCounts, out var score))
            {
                (assigned ??= []).Add(new TopicScore(topic.Definition.Key, score, topic.MatchedTerms(bodyCounts, titleCounts)));
            }
        }

        if (assigned is null)
        {
            return [];
        }

        assigned.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Key, b.Key));
        return assigned;
    }

    /// <summary>Every topic's verdict on the article, in definition order, including those not assigned: for explaining and tuning rules.</summary>
    public IReadOnlyList<TopicEvaluation> Evaluate(string? title, string body)
    {
        var (bodyCounts, titleCounts) = Count(title, body);
        return [.. compiled.Select(t => t.Evaluate(bodyCounts, titleCounts))];
    }

    private (int[] Body, int[] Title) Count(string? title, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var bodyCounts = new int[index.TermCount];
        var titleCounts = new int[index.TermCount];
        index.Count(body, bodyCounts);
        if (!string.IsNullOrEmpty(title))
        {
            index.Count(title, titleCounts);
        }

        return (bodyCounts, titleCounts);
    }

    private sealed record CompiledWeight(int Term, double Weight, string Text);

    private sealed record CompiledTopic(TopicDefinition Definition, CompiledWeight[] Weights, Condition[] Requirements, Condition[] Exclusions)
    {
        public double Score(int[] body, int[] title)
        {
            var score = 0.0;
            foreach (var w in Weights)
            {
                score += w.Weight * Occurrences(w, body, title);
            }

            // rounding hides the order-dependent last bits of a floating-point sum from anything that stores or compares scores
            return Math.Round(score, 6);
        }

        public bool RequirementsMet(int[] body, int[] title)
        {
            foreach (var r in Requirements)
            {
                if (!r.Holds(body, title))
                {
                    return false;
                }
            }

            return true;
        }

        public bool Excluded(int[] body, int[] title)
        {
            foreach (var r in Exclusions)
            {
                if (r.Holds(body, title))
                {
                    return true;
                }
            }

            return false;
        }

        public bool IsAssigned(int[] body, int[] title, out double score)
        {
            score = Score(body, title);
            return score >= Definition.Threshold && RequirementsMet(body, title) && !Excluded(body, title);
        }

        /// <summary>The weighted terms found, largest contribution first (rule order among equals).</summary>
        public IReadOnlyList<string> MatchedTerms(int[] body, int[] title) =>
            [.. Weights
                .Select(w => (w.Text, Contribution: w.Weight * Occurrences(w, body, title)))
                .Where(m => m.Contribution != 0)
                .OrderByDescending(m => m.Contribution)
                .Select(m => m.Text)];

        public TopicEvaluation Evaluate(int[] body, int[] title)
        {
            var assigned = IsAssigned(body, title, out var score);
            return new TopicEvaluation(Definition.Key, score, MatchedTerms(body, title), RequirementsMet(body, title), Excluded(body, title), assigned);
        }

        private static int Occurrences(CompiledWeight w, int[] body, int[] title) =>
            Math.Min(body[w.Term], BodyOccurrenceCap) + (title[w.Term] > 0 ? TitleOccurrenceBonus : 0);
    }

    /// <summary>A REQUIRE or EXCLUDE expression over term ids; a term holds when it occurs in the title or the body.</summary>
    private abstract class Condition
    {
        public abstract bool Holds(int[] body, int[] title);

        public static Condition Compile(RuleExpression expression, TermIndex.Builder builder) => expression switch
        {
            TermExpression t => new TermCondition(builder.Add(t.Term)),
            NotExpression n => new NotCondition(Compile(n.Operand, builder)),
            AndExpression a => new AndCondition(Compile(a.Left, builder), Compile(a.Right, builder)),
            OrExpression o => new OrCondition(Compile(o.Left, builder), Compile(o.Right, builder)),
            _ => throw new InvalidOperationException($"unknown expression {expression.GetType().Name}"),
        };
    }

    private sealed class TermCondition(int term) : Condition
    {
        public override bool Holds(int[] body, int[] title) => body[term] > 0 || title[term] > 0;
    }

    private sealed class NotCondition(Condition operand) : Condition
    {
        public override bool Holds(int[] body, int[] title) => !operand.Holds(body, title);
    }

    private sealed class AndCondition(Condition left, Condition right) : Condition
    {
        public override bool Holds(int[] body, int[] title) => left.Holds(body, title) && right.Holds(body, title);
    }

    private sealed class OrCondition(Condition left, Condition right) : Condition
    {
        public override bool Holds(int[] body, int[] title) => left.Holds(body, title) || right.Holds(body, title);
    }
}
