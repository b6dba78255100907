using System.Globalization;
using MediaMonitor.Analysis.Text;

namespace MediaMonitor.Analysis.Topics;

/// <summary>
/// Parses topic rules, the text stored in <c>topics.rule</c>. A rule is a list of sections separated by
/// <c>;</c> (or Arabic <c>؛</c>):
/// <list type="bullet">
/// <item><b>weighted terms</b>, separated by <c>,</c> (or <c>،</c>): an optional weight (default 1, may be
/// negative or fractional, <c>.</c> as decimal point) followed by a quoted term:
/// <c>3 "إرهاب*" , 2 "مجلس الأمن" , -2 "مباراة"</c>. At least one weighted term is required.</item>
/// <item><c>REQUIRE</c> expression: must hold for the topic to be assigned (several REQUIRE sections must all hold).</item>
/// <item><c>EXCLUDE</c> expression: the topic is not assigned when it holds (any of several).</item>
/// </list>
/// Expressions combine quoted terms with <c>NOT</c>, <c>AND</c> and <c>OR</c>, binding in that order (NOT
/// tightest), and parentheses: <c>REQUIRE ("هجوم" OR "تفجير*") AND NOT "مباراة"</c>. A term is true when it occurs
/// at least once in the title or body. Keywords are case-insensitive.
/// <para>
/// Terms are written in <c>"…"</c>, <c>«…»</c> or <c>“…”</c>. A term of several words is a phrase matched on
/// consecutive words (not across punctuation). Each word is matched after normalisation (diacritics, hamza and
/// alef forms, ى/ي, ة/ه) and clitic stripping (و ف ب ل ك and the article), so <c>"حكومة"</c> matches
/// للحكومة، والحكومة، حكومه. A word ending in <c>*</c> is a prefix: <c>"اقتصاد*"</c> matches اقتصادي،
/// الاقتصادية. Exact words need two letters after stripping, prefixes three.
/// </para>
/// A malformed rule raises <see cref="TopicRuleException"/> naming what was expected and the position.
/// </summary>
public static class TopicRuleParser
{
    private const int MinExactStem = 2;
    private const int MinPrefixStem = 3;

    /// <summary>Throws <see cref="TopicRuleException"/> when the rule does not parse; for editors that validate before saving.</summary>
    public static void Validate(string rule) => Parse(rule);

    internal static TopicRule Parse(string rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new Parser(rule).ParseRule();
    }

    /// <summary>Splits the inside of a quoted term (after its opening mark) into normalised, clitic-stripped words.</summary>
    internal static List<TermWord> ParseTermWords(string rule, int start, int end)
    {
        var words = new List<TermWord>();
        var i = start;
        while (i < end)
        {
            var c = rule[i];
            if (IsTermWordChar(c))
            {
                var wordStart = i;
                while (i < end && IsTermWordChar(rule[i]))
                {
                    i++;
                }

                var isPrefix = i < end && rule[i] == '*';
                var normalized = ArabicNormalizer.NormalizeWord(rule.AsSpan(wordStart, i - wordStart));
                var stem = ArabicClitics.StripProclitics(normalized);
                if (stem.Length < (isPrefix ? MinPrefixStem : MinExactStem))
                {
                    throw Error(rule, wordStart, isPrefix
                        ? $"prefix \"{rule[wordStart..i]}*\" is too short: it needs {MinPrefixStem} letters after clitics"
                        : $"word \"{rule[wordStart..i]}\" is too short: it needs {MinExactStem} letters after clitics");
                }

                words.Add(new TermWord(stem, isPrefix));
                if (isPrefix)
                {
                    i++;
                    if (i < end && IsTermWordChar(rule[i]))
                    {
                        throw Error(rule, i - 1, "'*' may only end a word");
                    }
                }

                continue;
            }

            if (c == '*')
            {
                throw Error(rule, i, "'*' must follow a word");
            }

            // any other character separates words, as it does in the text the term is matched against
            i++;
        }

        if (words.Count == 0)
        {
            throw Error(rule, start - 1, "empty term");
        }

        return words;
    }

    internal static bool IsTermWordChar(char c) => c != '_' && ArabicNormalizer.IsWordChar(c);

    private static TopicRuleException Error(string rule, int position, string message)
    {
        var from = Math.Max(0, position - 10);
        var to = Math.Min(rule.Length, position + 20);
        var near = position >= rule.Length ? "end of rule" : $"near '{rule[from..to]}'";
        return new TopicRuleException(
            string.Create(CultureInfo.InvariantCulture, $"{message} at position {position} ({near})"), position);
    }

    private sealed class Parser(string rule)
    {
        private readonly List<WeightedTerm> weights = [];
        private readonly List<RuleExpression> requirements = [];
        private readonly List<RuleExpression> exclusions = [];
        private readonly HashSet<string> weighted = new(StringComparer.Ordinal);
        private int pos;

        public TopicRule ParseRule()
        {
            while (true)
            {
                SkipSpace();
                if (AtEnd)
                {
                    break;
                }

                if (IsSectionSeparator(Peek))
                {
                    // empty sections (";;" or a trailing ';') are harmless
                    pos++;
                    continue;
                }

                if (TryKeyword("REQUIRE"))
                {
                    requirements.Add(ParseExpression());
                }
                else if (TryKeyword("EXCLUDE"))
                {
                    exclusions.Add(ParseExpression());
                }
                else
                {
                    ParseWeights();
                }

                SkipSpace();
                if (!AtEnd)
                {
                    if (!IsSectionSeparator(Peek))
                    {
                        throw Error(rule, pos, "expected ';' or the end of the rule");
                    }

                    pos++;
                }
            }

            if (weights.Count == 0)
            {
                throw Error(rule, rule.Length, "a rule needs at least one weighted term");
            }

            return new TopicRule(weights, requirements, exclusions);
        }

        private bool AtEnd => pos >= rule.Length;

        private char Peek => rule[pos];

        private static bool IsSectionSeparator(char c) => c is ';' or '؛';

        private static bool IsListSeparator(char c) => c is ',' or '،';

        private void ParseWeights()
        {
            while (true)
            {
                SkipSpace();
                var weight = 1.0;
                if (!AtEnd && (char.IsAsciiDigit(Peek) || Peek is '-' or '+' or '.'))
                {
                    weight = ParseNumber();
                    SkipSpace();
                }

                var term = ParseTerm();
                if (!weighted.Add(term.Key))
                {
                    throw Error(rule, term.Position, $"term \"{term.Text}\" is weighted twice");
                }

                weights.Add(new WeightedTerm(weight, term));
                SkipSpace();
                if (AtEnd || !IsListSeparator(Peek))
                {
                    return;
                }

                pos++;
            }
        }

        private double ParseNumber()
        {
            var start = pos;
            if (Peek is '-' or '+')
            {
                pos++;
            }

            while (!AtEnd && (char.IsAsciiDigit(Peek) || Peek == '.'))
            {
                pos++;
            }

            if (!double.TryParse(rule.AsSpan(start, pos - start), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                || !double.IsFinite(value))
            {
                throw Error(rule, start, "expected a weight such as 2 or 0.5");
            }

            return value;
        }

        private RuleExpression ParseExpression()
        {
            var left = ParseAnd();
            while (TryKeyword("OR"))
            {
                left = new OrExpression(left, ParseAnd());
            }

            return left;
        }

        private RuleExpression ParseAnd()
        {
            var left = ParseUnary();
            while (TryKeyword("AND"))
            {
                left = new AndExpression(left, ParseUnary());
            }

            return left;
        }

        private RuleExpression ParseUnary()
        {
            if (TryKeyword("NOT"))
            {
                return new NotExpression(ParseUnary());
            }

            SkipSpace();
            if (!AtEnd && Peek == '(')
            {
                var open = pos++;
                var inner = ParseExpression();
                SkipSpace();
                if (AtEnd || Peek != ')')
                {
                    throw Error(rule, AtEnd ? open : pos, AtEnd ? "unclosed '('" : "expected ')', AND or OR");
                }

                pos++;
                return inner;
            }

            return new TermExpression(ParseTerm());
        }

        private RuleTerm ParseTerm()
        {
            SkipSpace();
            if (AtEnd)
            {
                throw Error(rule, pos, "expected a quoted term");
            }

            var close = Peek switch
            {
                '"' => '"',
                '«' => '»',
                '“' => '”',
                _ => throw Error(rule, pos, "expected a quoted term"),
            };
            var open = pos;
            var end = rule.IndexOf(close, open + 1);
            if (end < 0)
            {
                throw Error(rule, open, "unterminated term");
            }

            var words = ParseTermWords(rule, open + 1, end);
            pos = end + 1;
            return new RuleTerm(rule[(open + 1)..end].Trim(), words, open);
        }

        private bool TryKeyword(string keyword)
        {
            SkipSpace();
            if (pos + keyword.Length > rule.Length
                || !rule.AsSpan(pos, keyword.Length).Equals(keyword, StringComparison.OrdinalIgnoreCase)
                || (pos + keyword.Length < rule.Length && char.IsLetterOrDigit(rule[pos + keyword.Length])))
            {
                return false;
            }

            pos += keyword.Length;
            return true;
        }

        private void SkipSpace()
        {
            while (!AtEnd && char.IsWhiteSpace(Peek))
            {
                pos++;
            }
        }
    }
}
