namespace MediaMonitor.Analysis.Topics;

/// <summary>One word of a term, normalised and stripped of proclitics; a prefix word matches every word it begins.</summary>
internal readonly record struct TermWord(string Stem, bool IsPrefix)
{
    public override string ToString() => IsPrefix ? Stem + "*" : Stem;
}

/// <summary>A quoted term of a rule: one word or a phrase of consecutive words.</summary>
internal sealed record RuleTerm(string Text, IReadOnlyList<TermWord> Words, int Position)
{
    /// <summary>The normalised identity of the term: the same words written differently are one term.</summary>
    public string Key => string.Join(' ', Words);
}

internal sealed record WeightedTerm(double Weight, RuleTerm Term);

internal abstract record RuleExpression;

internal sealed record TermExpression(RuleTerm Term) : RuleExpression;

internal sealed record NotExpression(RuleExpression Operand) : RuleExpression;

internal sealed record AndExpression(RuleExpression Left, RuleExpression Right) : RuleExpression;

internal sealed record OrExpression(RuleExpression Left, RuleExpression Right) : RuleExpression;

/// <summary>A parsed rule: the weighted terms, the conditions that must all hold and those of which none may.</summary>
internal sealed record TopicRule(
    IReadOnlyList<WeightedTerm> Weights,
    IReadOnlyList<RuleExpression> Requirements,
    IReadOnlyList<RuleExpression> Exclusions);
