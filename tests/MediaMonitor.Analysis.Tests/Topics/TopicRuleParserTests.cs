using MediaMonitor.Analysis.Topics;

namespace MediaMonitor.Analysis.Tests.Topics;

public sealed class TopicRuleParserTests
{
    [Fact]
    public void ParsesWeightedTermsWithDefaultWeightOfOne()
    {
        var rule = TopicRuleParser.Parse("""3 "إرهاب*" , 2.5 "مجلس الأمن", "هجوم", -1 "مباراة" """);

        Assert.Equal([3, 2.5, 1, -1], rule.Weights.Select(w => w.Weight));
        Assert.Equal(["إرهاب*", "مجلس الأمن", "هجوم", "مباراة"], rule.Weights.Select(w => w.Term.Text));
        Assert.Empty(rule.Requirements);
        Assert.Empty(rule.Exclusions);
    }

    [Fact]
    public void TermWordsAreNormalisedAndStrippedOfClitics()
    {
        var rule = TopicRuleParser.Parse("""1 "للحكومة", 1 "الاقتصاد*", 1 "مجلس الأمن" """);

        Assert.Equal(["حكومه", "اقتصاد*", "مجلس امن"], rule.Weights.Select(w => w.Term.Key));
        Assert.True(rule.Weights[1].Term.Words[0].IsPrefix);
    }

    [Fact]
    public void NotBindsTighterThanAndWhichBindsTighterThanOr()
    {
        var rule = TopicRuleParser.Parse("""1 "نفط" ; REQUIRE "غاز" OR "نفط" AND NOT "مباراة" OR "وقود" """);

        Assert.Equal("((غاز OR (نفط AND NOT مباراة)) OR وقود)", Show(rule.Requirements[0]));
    }

    [Fact]
    public void ParenthesesOverridePrecedence()
    {
        var rule = TopicRuleParser.Parse("""1 "نفط" ; REQUIRE ("غاز" OR "نفط") AND NOT ("مباراة" OR "لاعب*")""");

        Assert.Equal("((غاز OR نفط) AND NOT (مباراة OR لاعب*))", Show(rule.Requirements[0]));
    }

    [Fact]
    public void SeveralRequireAndExcludeSectionsAreKeptApart()
    {
        var rule = TopicRuleParser.Parse("""1 "نفط"; REQUIRE "غاز"; require "وقود"; EXCLUDE "مباراة"; exclude "لاعب*";""");

        Assert.Equal(["غاز", "وقود"], rule.Requirements.Select(Show));
        Assert.Equal(["مباراة", "لاعب*"], rule.Exclusions.Select(Show));
    }

    [Fact]
    public void AcceptsArabicPunctuationAndQuoteMarks()
    {
        var rule = TopicRuleParser.Parse("3 «إرهاب*»، 2 “تفجير” ؛ REQUIRE «إرهاب*» OR «تفجير»");

        Assert.Equal(["إرهاب*", "تفجير"], rule.Weights.Select(w => w.Term.Text));
        Assert.Equal("(إرهاب* OR تفجير)", Show(rule.Requirements[0]));
    }

    [Fact]
    public void KeywordInsideATermIsJustAWord()
    {
        var rule = TopicRuleParser.Parse("""1 "OR AND" ; REQUIRE "NOT" """);

        Assert.Equal("or and", rule.Weights[0].Term.Key);
        Assert.Equal("NOT", Show(rule.Requirements[0]));
    }

    [Theory]
    [InlineData("3 \"داعش\" , 2 \"هجوم", "\"هجوم", "unterminated term")]
    [InlineData("3 \"نفط\" ; REQUIRE (\"غاز\" OR \"وقود\"", "(", "unclosed '('")]
    [InlineData("3 \"نفط\" 2 \"غاز\"", "2 \"غاز", "expected ';'")]
    [InlineData("3 \"نفط\" ; REQUIRE \"غاز\" \"وقود\"", "\"وقود", "expected ';'")]
    [InlineData("3 \"نفط\" ; REQUIRE (\"غاز\" \"وقود\")", "\"وقود", "expected ')'")]
    [InlineData("x \"نفط\"", "x", "expected a quoted term")]
    [InlineData("3 \"نفط\" ; REQUIRE \"غاز\" AND", "", "expected a quoted term")]
    [InlineData("3 \"نفط\" ; REQUIRE ()", ")", "expected a quoted term")]
    [InlineData("3 \"*\"", "*", "'*' must follow a word")]
    [InlineData("3 \"نفط*ي\"", "*", "'*' may only end a word")]
    [InlineData("3 \"ال*\"", "ال*", "too short")]
    [InlineData("3 \"\"", "\"\"", "empty term")]
    [InlineData("3 \"حكومة\" , 1 \"الحكومه\"", "\"الحكومه", "weighted twice")]
    [InlineData("- \"نفط\"", "", "expected a weight")]
    [InlineData("REQUIRE \"نفط\"", "", "at least one weighted term")]
    [InlineData("", "", "at least one weighted term")]
    public void MalformedRuleReportsWhatWasExpectedAndWhere(string rule, string at, string message)
    {
        var e = Assert.Throws<TopicRuleException>(() => TopicRuleParser.Validate(rule));

        // an empty marker means the end of the rule, or the start for the weight check
        var expected = at.Length > 0 ? rule.IndexOf(at, StringComparison.Ordinal) : message == "expected a weight" ? 0 : rule.Length;
        Assert.Equal(expected, e.Position);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Contains($"position {expected}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidRuleValidates()
    {
        TopicRuleParser.Validate("""3 "إرهاب*" , 3 "داعش" ; REQUIRE ("هجوم" OR "تفجير*") ; EXCLUDE ("مباراة" OR "منتخب")""");
    }

    private static string Show(RuleExpression expression) => expression switch
    {
        TermExpression t => t.Term.Text,
        NotExpression n => $"NOT {Show(n.Operand)}",
        AndExpression a => $"({Show(a.Left)} AND {Show(a.Right)})",
        OrExpression o => $"({Show(o.Left)} OR {Show(o.Right)})",
        _ => throw new ArgumentOutOfRangeException(nameof(expression)),
    };
}
