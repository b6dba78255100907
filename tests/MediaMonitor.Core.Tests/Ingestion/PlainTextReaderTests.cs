using static MediaMonitor.Core.Tests.Ingestion.ReaderTestHelpers;

namespace MediaMonitor.Core.Tests.Ingestion;

public class PlainTextReaderTests
{
    [Fact]
    public void A_byline_on_the_first_line_gives_author_source_and_dateline_and_is_not_in_the_body()
    {
        var draft = Single("article.txt", "هدى جاسم، وكالات (بغداد)\r\n\r\nقال رئيس الحكومة العراقية: إن التقدم الأمني كبير.\r\nوأضاف أن التعاون مستمر.\r\n\r\n");

        Assert.Equal(("هدى جاسم", "وكالات", "بغداد"), (draft.Author, draft.Source, draft.Dateline));
        Assert.Equal("قال رئيس الحكومة العراقية: إن التقدم الأمني كبير.\nوأضاف أن التعاون مستمر.", draft.Body);
        Assert.Equal("قال رئيس الحكومة العراقية: إن التقدم الأمني كبير", draft.Title);
        Assert.Equal("article.txt", draft.Origin);
    }

    [Fact]
    public void Text_without_a_byline_is_all_body()
    {
        var draft = Single("note.txt", "الكاظمي في بروكسل\nنص الخبر.");

        Assert.Null(draft.Author);
        Assert.Equal("الكاظمي في بروكسل\nنص الخبر.", draft.Body);
        Assert.Equal("الكاظمي في بروكسل", draft.Title);
    }

    [Fact]
    public void A_long_first_sentence_is_cut_at_a_word_for_the_title()
    {
        var sentence = string.Join(' ', Enumerable.Repeat("كلمة", 60)) + ".";

        var title = Single("long.txt", sentence).Title;

        Assert.True(title.Length <= 121, title);
        Assert.EndsWith("كلمة…", title, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_in_plain_text_is_kept_literally()
    {
        Assert.Equal("<script>alert(1)</script> نص", Single("x.txt", "<script>alert(1)</script> نص").Body);
    }

    [Fact]
    public void A_file_with_only_a_byline_is_an_empty_body_error()
    {
        Assert.Equal("empty body", SingleError("x.txt", "هدى جاسم، وكالات (بغداد)\n\n").Reason);
    }

    [Fact]
    public void A_title_made_of_digits_only_falls_back_to_the_file_name()
    {
        Assert.Equal("2024-05-01", Single("2024-05-01.txt", "12345\nنص").Title);
    }
}
