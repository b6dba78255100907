using MediaMonitor.Analysis;
using MediaMonitor.Analysis.Actors;
using MediaMonitor.Analysis.Highlighting;
using MediaMonitor.Analysis.Quotes;

namespace MediaMonitor.Analysis.Tests.Highlighting;

public sealed class ArticleHighlighterTests
{
    private static TextSpan SpanOf(string body, string part, int occurrence = 0)
    {
        var index = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            index = body.IndexOf(part, index + 1, StringComparison.Ordinal);
        }

        Assert.True(index >= 0, $"'{part}' not in body");
        return new TextSpan(index, part.Length);
    }

    private static QuoteHighlight Quote(long id, TextSpan span, QuoteKind kind = QuoteKind.Direct, string speaker = "a1") => new(id, span, kind, speaker);

    private static MentionHighlight Mention(long actor, TextSpan span, ActorType type = ActorType.Person) => new(actor, span, type);

    /// <summary>The rendered text of every paragraph, to prove no character is lost or repeated.</summary>
    private static List<string> Texts(IReadOnlyList<HighlightParagraph> paragraphs) =>
        paragraphs.Select(p => string.Concat(p.Runs.SelectMany(r => r.Segments).Select(s => s.Text))).ToList();

    [Fact]
    public void PlainBodyBecomesTrimmedParagraphsWithoutEmptyLines()
    {
        const string body = "  الفقرة الأولى. \n\n\r\nالفقرة الثانية.\r\n";

        var paragraphs = ArticleHighlighter.Build(body, [], []);

        Assert.Equal(["الفقرة الأولى.", "الفقرة الثانية."], Texts(paragraphs));
        Assert.All(paragraphs, p => Assert.Null(Assert.Single(p.Runs).Quote));
    }

    [Fact]
    public void DirectQuotationTakesInItsQuoteMarksAndOpensAndClosesInOneRun()
    {
        const string body = "قال الوزير «نحن مستعدون» ثم غادر.";
        var inner = SpanOf(body, "نحن مستعدون");

        var runs = ArticleHighlighter.Build(body, [Quote(7, inner)], []).Single().Runs;

        Assert.Equal(3, runs.Count);
        var quoted = runs[1];
        Assert.Equal(7, quoted.Quote!.Id);
        Assert.Equal("«نحن مستعدون»", string.Concat(quoted.Segments.Select(s => s.Text)));
        Assert.True(quoted.QuoteOpens);
        Assert.True(quoted.QuoteCloses);
        Assert.Equal(body, Texts(ArticleHighlighter.Build(body, [Quote(7, inner)], [])).Single());
    }

    [Fact]
    public void IndirectQuotationKeepsItsOwnSpanWithoutMarks()
    {
        const string body = "وأكد «الوزير» أن الوضع مستقر.";
        var span = SpanOf(body, "الوضع مستقر");

        var runs = ArticleHighlighter.Build(body, [Quote(1, span, QuoteKind.Indirect)], []).Single().Runs;

        Assert.Equal("الوضع مستقر", string.Concat(runs.Single(r => r.Quote is not null).Segments.Select(s => s.Text)));
    }

    [Fact]
    public void MentionInsideQuotationShowsBothTheQuotationAndTheMention()
    {
        const string body = "وقال «إن العراق شريك أساسي» أمس.";
        var runs = ArticleHighlighter.Build(body, [Quote(1, SpanOf(body, "إن العراق شريك أساسي"))], [Mention(9, SpanOf(body, "العراق"), ActorType.Place)]).Single().Runs;

        var quoted = runs.Single(r => r.Quote is not null);
        Assert.Equal(["«إن ", "العراق", " شريك أساسي»"], quoted.Segments.Select(s => s.Text));
        Assert.Equal(9, quoted.Segments[1].Mention!.ActorId);
        Assert.Null(quoted.Segments[0].Mention);
        Assert.Null(quoted.Segments[2].Mention);
    }

    [Fact]
    public void AdjacentQuotationsStaySeparateRunsInOrder()
    {
        const string body = "«أولاً»«ثانياً» انتهى.";

        var runs = ArticleHighlighter.Build(body, [Quote(2, SpanOf(body, "ثانياً"), speaker: "b"), Quote(1, SpanOf(body, "أولاً"))], []).Single().Runs;

        Assert.Equal([1L, 2L], runs.Where(r => r.Quote is not null).Select(r => r.Quote!.Id));
        Assert.Equal("«أولاً»", string.Concat(runs[0].Segments.Select(s => s.Text)));
        Assert.Equal("«ثانياً»", string.Concat(runs[1].Segments.Select(s => s.Text)));
        Assert.All(runs.Take(2), r => Assert.True(r.QuoteOpens && r.QuoteCloses));
    }

    [Fact]
    public void QuotationCrossingAParagraphEdgeIsCutIntoOneRunPerParagraph()
    {
        const string body = "قال: «السطر الأول\nوالسطر الثاني» وانتهى.";
        var span = TextSpan.FromBounds(body.IndexOf('«', StringComparison.Ordinal) + 1, body.IndexOf('»', StringComparison.Ordinal));

        var paragraphs = ArticleHighlighter.Build(body, [Quote(5, span)], []);

        Assert.Equal(2, paragraphs.Count);
        var first = paragraphs[0].Runs.Single(r => r.Quote is not null);
        var second = paragraphs[1].Runs.Single(r => r.Quote is not null);
        Assert.Equal("«السطر الأول", string.Concat(first.Segments.Select(s => s.Text)));
        Assert.Equal("والسطر الثاني»", string.Concat(second.Segments.Select(s => s.Text)));
        Assert.True(first.QuoteOpens);
        Assert.False(first.QuoteCloses);
        Assert.False(second.QuoteOpens);
        Assert.True(second.QuoteCloses);
        Assert.Equal(["قال: «السطر الأول", "والسطر الثاني» وانتهى."], Texts(paragraphs));
    }

    [Fact]
    public void SpansAtTheVeryStartAndEndOfAParagraphLeaveNoEmptySegments()
    {
        const string body = "العراق يرحب\nبالاتفاق مع الأردن";
        var paragraphs = ArticleHighlighter.Build(body, [Quote(1, SpanOf(body, "بالاتفاق مع الأردن"), QuoteKind.Indirect)],
            [Mention(1, SpanOf(body, "العراق"), ActorType.Place), Mention(2, SpanOf(body, "الأردن"), ActorType.Place)]);

        Assert.Equal(["العراق", " يرحب"], paragraphs[0].Runs.Single().Segments.Select(s => s.Text));
        var quoted = paragraphs[1].Runs.Single();
        Assert.Equal(["بالاتفاق مع ", "الأردن"], quoted.Segments.Select(s => s.Text));
        Assert.Equal(2, quoted.Segments[1].Mention!.ActorId);
        Assert.All(paragraphs.SelectMany(p => p.Runs).SelectMany(r => r.Segments), s => Assert.NotEmpty(s.Text));
    }

    [Fact]
    public void MentionCrossingAQuotationEdgeKeepsTheMentionOnBothPieces()
    {
        const string body = "قال وزير الخارجية نحن جاهزون";
        var quote = SpanOf(body, "الخارجية نحن جاهزون");
        var mention = SpanOf(body, "وزير الخارجية");

        var runs = ArticleHighlighter.Build(body, [Quote(1, quote, QuoteKind.Indirect)], [Mention(4, mention, ActorType.Organization)]).Single().Runs;

        Assert.Equal("وزير ", runs[0].Segments[^1].Text);
        Assert.Equal(4, runs[0].Segments[^1].Mention!.ActorId);
        Assert.Equal("الخارجية", runs[1].Segments[0].Text);
        Assert.Equal(4, runs[1].Segments[0].Mention!.ActorId);
    }

    [Fact]
    public void OverlappingMentionsKeepTheEarlierLongerOneAndDropTheOtherWhole()
    {
        const string body = "استقبل رئيس الحكومة العراقية مصطفى الكاظمي الوفد";
        var person = SpanOf(body, "رئيس الحكومة العراقية مصطفى الكاظمي");
        var nested = SpanOf(body, "الحكومة العراقية");
        var crossing = SpanOf(body, "الكاظمي الوفد");

        var segments = ArticleHighlighter.Build(body, [], [Mention(2, nested, ActorType.Organization), Mention(1, person), Mention(3, crossing)]).Single().Runs.Single().Segments;

        Assert.Equal(["استقبل ", "رئيس الحكومة العراقية مصطفى الكاظمي", " الوفد"], segments.Select(s => s.Text));
        Assert.Equal(1, segments[1].Mention!.ActorId);
        Assert.Null(segments[2].Mention);
    }

    [Fact]
    public void DuplicateMentionsCollapseIntoOne()
    {
        const string body = "زار الكاظمي بغداد";
        var span = SpanOf(body, "الكاظمي");

        var segments = ArticleHighlighter.Build(body, [], [Mention(1, span), Mention(1, span)]).Single().Runs.Single().Segments;

        Assert.Single(segments, s => s.Mention is not null);
        Assert.Equal(body, string.Concat(segments.Select(s => s.Text)));
    }

    [Fact]
    public void OverlappingQuotationsNeverRepeatTextTheLaterOneIsClipped()
    {
        const string body = "أ ب ج د ه و ز";
        var first = SpanOf(body, "ب ج د");
        var second = SpanOf(body, "د ه و");
        var swallowed = SpanOf(body, "ج");

        var paragraph = ArticleHighlighter.Build(body, [Quote(2, second, QuoteKind.Indirect, "b"), Quote(1, first, QuoteKind.Indirect), Quote(3, swallowed, QuoteKind.Indirect)], []).Single();

        Assert.Equal(body, Texts([paragraph]).Single());
        var quoted = paragraph.Runs.Where(r => r.Quote is not null).ToList();
        Assert.Equal([1L, 2L], quoted.Select(r => r.Quote!.Id));
        Assert.Equal("ب ج د", string.Concat(quoted[0].Segments.Select(s => s.Text)));
        Assert.Equal(" ه و", string.Concat(quoted[1].Segments.Select(s => s.Text)));
        // Its visible part still opens, so the quotation keeps an anchor to link to.
        Assert.True(quoted[1].QuoteOpens);
        Assert.True(quoted[1].QuoteCloses);
    }

    [Theory]
    [InlineData(-3, 5)]
    [InlineData(10, 50)]
    [InlineData(200, 4)]
    [InlineData(4, 0)]
    public void SpansOutsideTheBodyOrEmptyAreIgnoredSafely(int start, int length)
    {
        const string body = "نص قصير للاختبار";
        var span = new TextSpan(start, length);

        var paragraphs = ArticleHighlighter.Build(body, [Quote(1, span)], [Mention(1, span)]);

        var run = paragraphs.Single().Runs.Single();
        Assert.Null(run.Quote);
        Assert.Null(run.Segments.Single().Mention);
        Assert.Equal(body, run.Segments.Single().Text);
    }

    [Fact]
    public void EmptyBodyHasNoParagraphs()
    {
        Assert.Empty(ArticleHighlighter.Build("", [Quote(1, new TextSpan(0, 1))], []));
        Assert.Empty(ArticleHighlighter.Build(" \n \n", [], []));
    }
}
