using static MediaMonitor.Core.Tests.Ingestion.ReaderTestHelpers;

namespace MediaMonitor.Core.Tests.Ingestion;

public class CsvReaderTests
{
    [Fact]
    public void Csv_rows_become_drafts_by_header_name()
    {
        var results = Read("news.csv", """
            Title,Text,Date,Source,Author
            عنوان أول,"نص أول، فيه فاصلة",2015-07-21 02:16:41,الوئام,القاهرة - أحمد الريدي
            عنوان ثان,"نص ثان
            في سطرين",2015-07-22,سبق,
            """);

        Assert.Equal(2, results.Count);
        var first = results[0].Draft!;
        Assert.Equal(("عنوان أول", "نص أول، فيه فاصلة", "الوئام", "أحمد الريدي", "القاهرة"), (first.Title, first.Body, first.Source, first.Author, first.Dateline));
        Assert.Equal(new DateTimeOffset(2015, 7, 21, 2, 16, 41, TimeSpan.Zero), first.PublishedAt);
        Assert.Equal("news.csv row 2", first.Origin);
        Assert.Equal("نص ثان\nفي سطرين", results[1].Draft!.Body);
    }

    [Fact]
    public void A_bad_row_is_reported_with_its_row_number_and_the_next_rows_are_read()
    {
        var results = Read("news.csv", """
            title,text
            أول,النص الأول
            ثان,النص,الزائد,هنا
            ثالث,النص الثالث
            """);

        Assert.Equal(3, results.Count);
        Assert.Equal("أول", results[0].Draft!.Title);
        Assert.Equal("row 3", results[1].Error!.Position);
        Assert.StartsWith("wrong number of fields", results[1].Error!.Reason, StringComparison.Ordinal);
        Assert.Equal(("ثالث", "news.csv row 4"), (results[2].Draft!.Title, results[2].Draft!.Origin));
    }

    [Fact]
    public void A_row_with_a_stray_quote_is_reported_as_bad_quoting()
    {
        var results = Read("news.csv", "title,text\nأول,نص فيه \"علامة تنصيص\nثان,نص سليم\n");

        Assert.Equal("bad quoting (a quote inside an unquoted field) (line 2)", results[0].Error!.Reason);
        Assert.Equal("ثان", results[1].Draft!.Title);
    }

    [Fact]
    public void Semicolon_separated_csv_is_detected()
    {
        var results = Read("news.csv", "title;text\nأول;نص أول\nثان;نص ثان\n");

        Assert.Equal(["نص أول", "نص ثان"], results.Select(r => r.Draft!.Body));
    }

    [Fact]
    public void A_header_without_a_text_column_is_one_error()
    {
        var error = SingleError("news.csv", "name,age\nعلي,30\n");

        Assert.Equal("row 1", error.Position);
        Assert.StartsWith("no text column", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_an_empty_text_is_an_empty_body_error()
    {
        var results = Read("news.csv", "title,text\nأول,\nثان,نص\n");

        Assert.Equal("empty body", results[0].Error!.Reason);
        Assert.NotNull(results[1].Draft);
    }
}
