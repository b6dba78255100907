using static MediaMonitor.Core.Tests.Ingestion.ReaderTestHelpers;

namespace MediaMonitor.Core.Tests.Ingestion;

public class HtmlPageReaderTests
{
    private static readonly string Paragraph = string.Concat(Enumerable.Repeat("وقال المتحدث إن الحكومة ماضية في خططها لتطوير قطاع النقل العام في العاصمة. ", 4));

    private static readonly string Page = $"""
        <!DOCTYPE html>
        <html lang="ar" dir="rtl">
        <head>
          <title>الحكومة تطلق خطة النقل | موقع الأخبار</title>
          <meta property="og:site_name" content="موقع الأخبار">
          <meta property="article:published_time" content="2024-05-01T10:00:00+03:00">
          <meta property="article:section" content="اقتصاد">
          <meta name="author" content="بغداد - سهى حمدان">
        </head>
        <body>
          <nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
          <article>
            <h1>الحكومة تطلق خطة النقل</h1>
            <p>{Paragraph}</p>
            <p>الفقرة الثانية <b>بخط عريض</b>. {Paragraph}</p>
            <script>document.write('إعلان');</script>
          </article>
          <footer>جميع الحقوق محفوظة</footer>
        </body>
        </html>
        """;

    [Fact]
    public void The_main_content_of_a_page_becomes_the_body_one_paragraph_per_line()
    {
        var draft = Single("page.html", Page);

        var paragraphs = draft.Body.Split('\n');
        Assert.Equal(Paragraph.Trim(), paragraphs[0]);
        Assert.StartsWith("الفقرة الثانية بخط عريض.", paragraphs[1], StringComparison.Ordinal);
        Assert.DoesNotContain("الرئيسية", draft.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("إعلان", draft.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("حقوق", draft.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_metadata_gives_title_time_with_offset_source_and_section()
    {
        var draft = Single("page.htm", Page);

        Assert.Contains("الحكومة تطلق خطة النقل", draft.Title, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.FromHours(3)), draft.PublishedAt);
        Assert.Equal(TimeSpan.FromHours(3), draft.PublishedAt!.Value.Offset);
        Assert.Equal(("موقع الأخبار", "اقتصاد"), (draft.Source, draft.Category));
        Assert.Equal(("سهى حمدان", "بغداد"), (draft.Author, draft.Dateline));
    }

    [Fact]
    public void A_short_page_without_an_article_falls_back_to_its_body_text()
    {
        var draft = Single("short.html", "<html><body><p>خبر قصير جدا.</p></body></html>");

        Assert.Equal("خبر قصير جدا.", draft.Body);
    }

    [Fact]
    public void A_page_without_text_is_an_empty_body_error()
    {
        Assert.StartsWith("empty body", SingleError("blank.html", "<html><body><script>x()</script></body></html>").Reason, StringComparison.Ordinal);
    }
}
