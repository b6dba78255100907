using MediaMonitor.Analysis.Bylines;

namespace MediaMonitor.Analysis.Tests.Bylines;

public class BylineParserTests
{
    [Fact]
    public void Author_agency_and_city_in_brackets_are_told_apart()
    {
        var byline = BylineParser.Parse("هدى جاسم، وكالات (بغداد)");

        Assert.Equal(["هدى جاسم"], byline.Authors);
        Assert.Equal("وكالات", byline.Source);
        Assert.Equal("وكالات", byline.Agency);
        Assert.Null(byline.Outlet);
        Assert.Equal("بغداد", byline.City);
    }

    [Fact]
    public void City_dash_author_without_a_space_before_the_dash_gives_city_and_author()
    {
        var byline = BylineParser.Parse("القاهرة- أحمد الريدي");

        Assert.Equal("القاهرة", byline.City);
        Assert.Equal(["أحمد الريدي"], byline.Authors);
        Assert.Null(byline.Source);
    }

    [Fact]
    public void Dotted_site_name_before_an_en_dash_is_the_outlet()
    {
        var byline = BylineParser.Parse("العربية.نت – عهد فاضل");

        Assert.Equal("العربية.نت", byline.Source);
        Assert.Equal(["عهد فاضل"], byline.Authors);
        Assert.Null(byline.City);
    }

    [Fact]
    public void City_dash_outlet_with_a_trailing_colon_gives_city_and_outlet()
    {
        var byline = BylineParser.Parse("الرياض - الوئام :");

        Assert.Equal("الرياض", byline.City);
        Assert.Equal("الوئام", byline.Source);
        Assert.Empty(byline.Authors);
    }

    [Fact]
    public void Outlet_dash_agency_keeps_both_and_the_outlet_is_the_source()
    {
        var byline = BylineParser.Parse("الوئام - رويترز:");

        Assert.Equal("الوئام", byline.Outlet);
        Assert.Equal("رويترز", byline.Agency);
        Assert.Equal("الوئام", byline.Source);
        Assert.Empty(byline.Authors);
        Assert.Null(byline.City);
    }

    [Fact]
    public void A_city_that_is_also_a_newspaper_is_the_outlet_when_another_city_is_named()
    {
        var byline = BylineParser.Parse("المدينة - جدة");

        Assert.Equal("المدينة", byline.Outlet);
        Assert.Equal("جدة", byline.City);
    }

    [Fact]
    public void Quoted_outlet_from_a_city_gives_outlet_and_city()
    {
        var byline = BylineParser.Parse("«الاقتصادية» من الرياض");

        Assert.Equal("الاقتصادية", byline.Outlet);
        Assert.Equal("الرياض", byline.City);
    }

    [Fact]
    public void Outlet_joined_to_agencies_by_wa_gives_outlet_and_agency()
    {
        var byline = BylineParser.Parse("العربية.نت ووكالات");

        Assert.Equal("العربية.نت", byline.Outlet);
        Assert.Equal("وكالات", byline.Agency);
    }

    [Fact]
    public void Spelled_out_agency_initials_are_an_agency_not_a_person()
    {
        var byline = BylineParser.Parse("موسكو - د ب أ");

        Assert.Equal("موسكو", byline.City);
        Assert.Equal("د ب أ", byline.Agency);
        Assert.Empty(byline.Authors);
    }

    [Fact]
    public void Author_outlet_and_city_in_one_line_are_all_found()
    {
        var byline = BylineParser.Parse("عبدالله البرقاوي- سبق- الرياض:");

        Assert.Equal(["عبدالله البرقاوي"], byline.Authors);
        Assert.Equal("سبق", byline.Outlet);
        Assert.Equal("الرياض", byline.City);
    }

    [Fact]
    public void Outlet_name_alone_has_no_author()
    {
        var byline = BylineParser.Parse("فرانس 24");

        Assert.Equal("فرانس 24", byline.Outlet);
        Assert.Empty(byline.Authors);
    }

    [Fact]
    public void Unknown_place_before_a_wire_agency_is_read_as_the_dateline()
    {
        var byline = BylineParser.Parse("لا مالبي (كيبيك) - رويترز");

        Assert.Equal("لا مالبي، كيبيك", byline.City);
        Assert.Equal("رويترز", byline.Agency);
        Assert.Empty(byline.Authors);
    }

    [Fact]
    public void Multi_word_outlet_starting_with_the_article_is_not_a_person()
    {
        var byline = BylineParser.Parse("دبي - البوابة العربية للأخبار التقنية");

        Assert.Equal("دبي", byline.City);
        Assert.Equal("البوابة العربية للأخبار التقنية", byline.Outlet);
        Assert.Empty(byline.Authors);
    }

    [Fact]
    public void Name_credit_prefix_is_dropped()
    {
        var byline = BylineParser.Parse("بقلم: سامي يوسف");

        Assert.Equal(["سامي يوسف"], byline.Authors);
    }

    [Fact]
    public void An_unknown_place_in_brackets_after_an_agency_is_the_dateline()
    {
        var byline = BylineParser.Parse("رويترز (كينشاسا)");

        Assert.Equal(("رويترز", "كينشاسا"), (byline.Agency, byline.City));
        Assert.Empty(byline.Authors);
    }

    [Fact]
    public void An_agency_in_brackets_is_an_agency()
    {
        var byline = BylineParser.Parse("لندن : (د ب أ)");

        Assert.Equal(("د ب أ", "لندن"), (byline.Agency, byline.City));
    }

    [Fact]
    public void A_lone_unknown_word_beside_an_author_and_outlet_is_the_place()
    {
        var byline = BylineParser.Parse("محمد الزهراني- سبق- تيماء:");

        Assert.Equal(["محمد الزهراني"], byline.Authors);
        Assert.Equal(("سبق", "تيماء"), (byline.Outlet, byline.City));
    }

    [Fact]
    public void Given_names_with_the_article_are_people_not_outlets()
    {
        var byline = BylineParser.Parse("تونس: المنجي السعيداني");

        Assert.Equal(["المنجي السعيداني"], byline.Authors);
        Assert.Null(byline.Outlet);
    }

    [Fact]
    public void Two_full_names_joined_by_wa_are_two_authors()
    {
        Assert.Equal(["ثائر عباس", "بولا أسطيح"], BylineParser.Parse("بيروت: ثائر عباس وبولا أسطيح").Authors);
    }

    [Fact]
    public void Direction_marks_and_entity_leftovers_are_not_part_of_names()
    {
        var byline = BylineParser.Parse("&nbsp;\u200F\u202Bحاتم العميري - سبق - مكة المكرمة:");

        Assert.Equal(["حاتم العميري"], byline.Authors);
        Assert.Equal("مكة المكرمة", byline.City);
    }

    [Theory]
    [InlineData("8db0b6c5-6def-4c21-8032-08081af47ad9")]
    [InlineData("| Tuesday, 11 August 2015 - 00:00 am")]
    [InlineData("")]
    [InlineData("   ")]
    public void Ids_dates_and_blanks_give_an_empty_byline(string line)
    {
        Assert.True(BylineParser.Parse(line).IsEmpty);
    }

    [Theory]
    [InlineData("هدى جاسم، وكالات (بغداد)")]
    [InlineData("القاهرة - أحمد الريدي")]
    [InlineData("الرياض - واس")]
    public void Short_lines_naming_a_known_place_agency_or_outlet_are_bylines(string line)
    {
        Assert.True(BylineParser.IsBylineLine(line));
    }

    [Theory]
    [InlineData("قال رئيس الحكومة العراقية مصطفى الكاظمي: إن التقدم الأمني الذي تحقق في العراق يدفع إلى إيجاد آليات")]
    [InlineData("الكاظمي في بروكسل")]
    [InlineData("بغداد: هل تنسحب القوات؟")]
    [InlineData("بغداد: الحكومة تعلن خطة جديدة في العاصمة")]
    [InlineData("أحمد الريدي")]
    public void Titles_sentences_and_bare_names_are_not_bylines(string line)
    {
        Assert.False(BylineParser.IsBylineLine(line));
    }
}
