using static MediaMonitor.Core.Tests.Ingestion.ReaderTestHelpers;

namespace MediaMonitor.Core.Tests.Ingestion;

public class FeedReaderTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>الوئام</title>
            <link>https://example.com</link>
            <item>
              <title>الكاظمي في بروكسل</title>
              <link>https://example.com/1</link>
              <guid>id-1</guid>
              <pubDate>Sun, 04 Mar 2018 02:27:28 +0400</pubDate>
              <dc:creator>بغداد - هدى جاسم</dc:creator>
              <category>سياسة</category>
              <description>&lt;p&gt;ملخص &lt;b&gt;قصير&lt;/b&gt;&lt;/p&gt;</description>
              <content:encoded><![CDATA[<p>الفقرة الأولى &amp; <b>مهمة</b>.</p><script>alert(1)</script><p>الفقرة<br>الثانية</p>]]></content:encoded>
            </item>
            <item>
              <title>بلا محتوى كامل</title>
              <description>&lt;div&gt;النص من الوصف&lt;/div&gt;</description>
            </item>
            <item>
              <title>فارغ</title>
            </item>
          </channel>
        </rss>
        """;

    [Fact]
    public void Rss_items_take_their_full_text_from_content_encoded_as_plain_paragraphs()
    {
        var draft = Read("feed.xml", Rss)[0].Draft!;

        Assert.Equal("الفقرة الأولى & مهمة.\nالفقرة\nالثانية", draft.Body);
        Assert.Equal("ملخص قصير", draft.Summary);
    }

    [Fact]
    public void Rss_item_fields_map_to_the_draft()
    {
        var draft = Read("feed.rss", Rss)[0].Draft!;

        Assert.Equal(("الكاظمي في بروكسل", "https://example.com/1", "id-1", "سياسة"), (draft.Title, draft.Url, draft.ExternalId, draft.Category));
        Assert.Equal(new DateTimeOffset(2018, 3, 4, 2, 27, 28, TimeSpan.FromHours(4)), draft.PublishedAt);
        Assert.Equal(("هدى جاسم", "بغداد", "الوئام"), (draft.Author, draft.Dateline, draft.Source));
        Assert.Equal("feed.rss item 1", draft.Origin);
    }

    [Fact]
    public void An_rss_item_without_content_encoded_uses_its_description()
    {
        Assert.Equal("النص من الوصف", Read("feed.xml", Rss)[1].Draft!.Body);
    }

    [Fact]
    public void An_rss_item_without_any_text_is_an_empty_body_error()
    {
        var error = Read("feed.xml", Rss)[2].Error!;

        Assert.Equal(("item 3", "empty body"), (error.Position, error.Reason));
    }

    [Fact]
    public void Atom_entries_are_read_with_their_offsets_and_text_content_kept_literally()
    {
        var results = Read("feed.atom", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>مدونة</title>
              <entry>
                <title>مقال أول</title>
                <id>urn:1</id>
                <link href="https://example.com/a1"/>
                <published>2024-05-01T10:00:00+03:00</published>
                <author><name>سهى حمدان</name></author>
                <content type="html">&lt;p&gt;فقرة أولى&lt;/p&gt;&lt;p&gt;فقرة ثانية&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>مقال ثان</title>
                <updated>2024-05-02T08:00:00Z</updated>
                <content type="text">النص فيه &lt;b&gt; حرفيا</content>
              </entry>
            </feed>
            """);

        var first = results[0].Draft!;
        Assert.Equal(("مقال أول", "فقرة أولى\nفقرة ثانية", "سهى حمدان", "مدونة", "urn:1"), (first.Title, first.Body, first.Author, first.Source, first.ExternalId));
        Assert.Equal(TimeSpan.FromHours(3), first.PublishedAt!.Value.Offset);
        Assert.Equal("النص فيه <b> حرفيا", results[1].Draft!.Body);
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 8, 0, 0, TimeSpan.Zero), results[1].Draft!.PublishedAt);
    }

    [Fact]
    public void Malformed_feed_xml_is_one_error_with_its_line()
    {
        var error = SingleError("feed.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel><item><title>x</item></channel></rss>");

        Assert.Equal("line 3", error.Position);
        Assert.StartsWith("not well-formed XML", error.Reason, StringComparison.Ordinal);
    }
}
