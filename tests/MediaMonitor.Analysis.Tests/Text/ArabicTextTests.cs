using MediaMonitor.Analysis.Text;

namespace MediaMonitor.Analysis.Tests.Text;

public sealed class ArabicNormalizerTests
{
    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إسرائيل", "اسراييل")]
    [InlineData("مُصْطَفَى", "مصطفي")]
    [InlineData("الحكومــة", "الحكومه")]
    [InlineData("٢٠٢٠", "2020")]
    [InlineData("مسؤول", "مسوول")]
    [InlineData("ﻻ", "لا")]
    public void FoldsSpellingVariants(string input, string expected) => Assert.Equal(expected, ArabicNormalizer.NormalizeForMatching(input));

    [Fact]
    public void NormalizeWordAgreesWithNormalizeForMatching()
    {
        foreach (var w in new[] { "أحمد", "الكُلّيات", "ﻻ", "Tesla", "٣" })
        {
            Assert.Equal(ArabicNormalizer.NormalizeForMatching(w), ArabicNormalizer.NormalizeWord(w));
        }
    }
}

public sealed class ArabicTokenizerTests
{
    [Fact]
    public void TokensPointIntoTheOriginalText()
    {
        const string text = "قال الكاظمي: «العراقُ بخير».\nوأضاف";
        var tokens = ArabicTokenizer.Tokenize(text);

        Assert.All(tokens.Where(t => t.IsWord), t => Assert.Equal(t.Normalized, ArabicNormalizer.NormalizeWord(text.AsSpan(t.Start, t.Length))));
        Assert.Equal(["قال", "الكاظمي", ":", "«", "العراقُ", "بخير", "»", ".", "\n", "وأضاف"], tokens.Select(t => text.Substring(t.Start, t.Length)));
        Assert.Equal(TokenKind.LineBreak, tokens[8].Kind);
    }

    [Fact]
    public void HashtagsStayOneWord()
    {
        var tokens = ArabicTokenizer.Tokenize("أعلنت عائلة #نزار_زكا");

        Assert.Equal("#نزار_زكا", tokens[^1].Normalized);
    }
}

public sealed class ArabicCliticsTests
{
    [Theory]
    [InlineData("والكاظمي", "وال", "كاظمي")]
    [InlineData("بالعراق", "بال", "عراق")]
    [InlineData("للحكومه", "لل", "حكومه")]
    [InlineData("وللحكومه", "ولل", "حكومه")]
    [InlineData("الكاظمي", "ال", "كاظمي")]
    [InlineData("وزاره", "", "وزاره")]
    [InlineData("بغداد", "", "بغداد")]
    [InlineData("لبنان", "", "لبنان")]
    public void SplitsOnlyWhereTheArticleProvesTheClitic(string word, string prefix, string stem)
    {
        var split = ArabicClitics.Split(word);

        Assert.Equal(prefix, split.Prefix);
        Assert.Equal(stem, split.Stem);
    }

    [Fact]
    public void StemCandidatesOfferEveryReading() =>
        Assert.Equal(["وبالعراق", "بالعراق", "العراق", "عراق"], ArabicClitics.StemCandidates("وبالعراق"));

    [Fact]
    public void ConjunctionIsStrippedFromVerbs() => Assert.Equal("قال", ArabicClitics.StripConjunction("وقال"));
}

public sealed class SentenceSplitterTests
{
    [Fact]
    public void SplitsAtFullStopsQuestionMarksAndLineBreaks()
    {
        const string text = "وصل الوفد. هل يتفقون؟\nبدأت المحادثات";
        var sentences = SentenceSplitter.Split(text).Select(s => s.Slice(text));

        Assert.Equal(["وصل الوفد.", "هل يتفقون؟", "بدأت المحادثات"], sentences);
    }

    [Fact]
    public void DecimalPointsDoNotSplit()
    {
        const string text = "ارتفع النمو إلى 3.5 بالمئة هذا العام.";

        Assert.Single(SentenceSplitter.Split(text));
    }

    [Fact]
    public void ProtectedRangesDoNotSplit()
    {
        const string text = "قال: «نحن هنا. ولن نغادر». ثم غادر.";
        var quote = new TextSpan(text.IndexOf('«', StringComparison.Ordinal), text.IndexOf('»', StringComparison.Ordinal) - text.IndexOf('«', StringComparison.Ordinal) + 1);

        Assert.Equal(2, SentenceSplitter.Split(text, [quote]).Count);
    }
}
