using static MediaMonitor.Core.Tests.Ingestion.ReaderTestHelpers;

namespace MediaMonitor.Core.Tests.Ingestion;

public class JsonReaderTests
{
    [Fact]
    public void A_json_array_gives_one_draft_per_object_with_common_field_names()
    {
        var results = Read("items.json", """
            [
              {"Headline": "عنوان أول", "Body": "نص الخبر الأول.", "published_at": "2024-05-01T10:00:00+03:00",
               "outlet": "الوئام", "link": "https://example.com/1", "byline": "القاهرة - أحمد الريدي", "guid": "a1", "section": "سياسة"},
              {"title": "عنوان ثان", "content": "نص الخبر الثاني.", "pubDate": "Sun, 04 Mar 2018 02:27:28 +0400"}
            ]
            """);

        Assert.Equal(2, results.Count);
        var first = results[0].Draft!;
        Assert.Equal("عنوان أول", first.Title);
        Assert.Equal("نص الخبر الأول.", first.Body);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.FromHours(3)), first.PublishedAt);
        Assert.Equal("الوئام", first.Source);
        Assert.Equal("https://example.com/1", first.Url);
        Assert.Equal("أحمد الريدي", first.Author);
        Assert.Equal("القاهرة", first.Dateline);
        Assert.Equal("a1", first.ExternalId);
        Assert.Equal("سياسة", first.Category);
        Assert.Equal("items.json item 1", first.Origin);
        Assert.Equal(TimeSpan.FromHours(4), results[1].Draft!.PublishedAt!.Value.Offset);
    }

    [Theory]
    [InlineData("articles")]
    [InlineData("items")]
    public void Articles_wrapped_in_an_object_are_read(string container)
    {
        var results = Read("wrapped.json", $$"""{"{{container}}": [{"title": "أ", "text": "نص أ"}, {"title": "ب", "text": "نص ب"}]}""");

        Assert.Equal(["أ", "ب"], results.Select(r => r.Draft!.Title));
    }

    [Fact]
    public void A_single_object_is_one_article()
    {
        Assert.Equal("نص", Single("one.json", """{"title": "عنوان", "article": "نص"}""").Body);
    }

    [Fact]
    public void Jsonl_with_a_malformed_line_in_the_middle_reports_it_and_reads_the_rest()
    {
        var results = Read("feed.jsonl", """
            {"title": "أول", "text": "النص الأول"}
            {"title": "ثان", "text": "النص
            {"title": "ثالث", "text": "النص الثالث"}
            """);

        Assert.Equal(3, results.Count);
        Assert.Equal("أول", results[0].Draft!.Title);
        Assert.Equal(("feed.jsonl", "line 2"), (results[1].Error!.File, results[1].Error!.Position));
        Assert.StartsWith("invalid JSON", results[1].Error!.Reason, StringComparison.Ordinal);
        Assert.Equal("ثالث", results[2].Draft!.Title);
        Assert.Equal("feed.jsonl line 3", results[2].Draft!.Origin);
    }

    [Fact]
    public void A_jsonl_line_that_is_not_an_object_is_an_error()
    {
        var results = Read("x.ndjson", "[1, 2]\n{\"text\": \"نص\"}");

        Assert.Equal("expected a JSON object, found an array", results[0].Error!.Reason);
        Assert.NotNull(results[1].Draft);
    }

    [Fact]
    public void Script_and_markup_in_an_article_body_are_kept_literally()
    {
        var draft = Single("x.json", """{"title": "<b>عنوان</b>", "text": "قبل <script>alert('x')</script> بعد &amp; <p>فقرة</p>"}""");

        Assert.Equal("قبل <script>alert('x')</script> بعد &amp; <p>فقرة</p>", draft.Body);
        Assert.Equal("<b>عنوان</b>", draft.Title);
    }

    [Fact]
    public void An_item_without_body_or_title_is_an_empty_body_error()
    {
        var results = Read("x.json", """[{"title": "", "text": "   "}, {"url": "https://example.com"}, {"title": "عنوان فقط"}]""");

        Assert.All(results, r => Assert.Equal("empty body", r.Error!.Reason));
        Assert.Equal(["item 1", "item 2", "item 3"], results.Select(r => r.Error!.Position));
    }

    [Fact]
    public void An_item_without_a_title_takes_the_first_sentence_of_its_body()
    {
        Assert.Equal("ليش ما نحترم اجتماعاتنا العائلية؟", Single("x.json", """{"text": "ليش ما نحترم اجتماعاتنا العائلية؟ نص آخر"}""").Title);
    }

    [Fact]
    public void A_date_that_cannot_be_read_fails_the_item_and_says_what_was_expected()
    {
        var error = SingleError("x.json", """{"text": "نص", "date": "قبل ساعة"}""");

        Assert.StartsWith("unrecognised date \"قبل ساعة\"", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unix_seconds_as_a_json_number_are_a_date()
    {
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1520134048), Single("x.json", """{"text": "نص", "datetime": 1520134048}""").PublishedAt);
    }

    [Fact]
    public void A_byline_author_field_gives_dateline_and_outlet_but_no_author_when_it_names_none()
    {
        var draft = Single("x.jsonl", """{"text": "نص", "author": "الرياض - الوئام :"}""");

        Assert.Null(draft.Author);
        Assert.Equal("الرياض", draft.Dateline);
        Assert.Equal("الوئام", draft.Source);
    }

    [Fact]
    public void Invalid_json_is_one_error_with_its_line()
    {
        var error = SingleError("broken.json", "[\n{\"text\": \"نص\"},\n{oops}\n]");

        Assert.Equal("line 3", error.Position);
        Assert.StartsWith("invalid JSON", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_saved_as_json_are_read_line_by_line()
    {
        var results = Read("lines.json", "{\"text\": \"أ\"}\n{\"text\": \"ب\"}\n");

        Assert.Equal(["أ", "ب"], results.Select(r => r.Draft!.Body));
    }

    [Fact]
    public void Control_characters_and_carriage_returns_are_cleaned_from_text_fields()
    {
        var draft = Single("x.json", "{\"title\": \"عنوان\\u0000 مهم\\r\\n\", \"text\": \"سطر أول\\r\\n\\r\\nسطر\\u0007 ثان\\tمع جدولة\"}");

        Assert.Equal("عنوان مهم", draft.Title);
        Assert.Equal("سطر أول\nسطر ثان\tمع جدولة", draft.Body);
    }
}
