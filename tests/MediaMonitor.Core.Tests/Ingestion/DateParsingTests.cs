using MediaMonitor.Core.Ingestion.Readers;

namespace MediaMonitor.Core.Tests.Ingestion;

public class DateParsingTests
{
    [Theory]
    [InlineData("Sun, 04 Mar 2018 02:27:28 +0400", "2018-03-04T02:27:28+04:00")]
    [InlineData("Tue, 10 Apr 2018 13:04:18 GMT", "2018-04-10T13:04:18+00:00")]
    [InlineData("4 Mar 2018 02:27 -0500", "2018-03-04T02:27:00-05:00")]
    [InlineData("2024-05-01T10:00:00+03:00", "2024-05-01T10:00:00+03:00")]
    [InlineData("2024-05-01T10:00:00.123Z", "2024-05-01T10:00:00.123+00:00")]
    [InlineData("2015-07-21 02:16:41", "2015-07-21T02:16:41+00:00")]
    [InlineData("2015-07-21", "2015-07-21T00:00:00+00:00")]
    [InlineData("1520134048", "2018-03-04T03:27:28+00:00")]
    [InlineData("1520134048000", "2018-03-04T03:27:28+00:00")]
    [InlineData("٢٠١٥-٠٧-٢١ ٠٢:١٦:٤١", "2015-07-21T02:16:41+00:00")]
    public void Common_date_forms_parse_keeping_their_offset(string raw, string expected)
    {
        Assert.True(DateParsing.TryParse(raw, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, value.Offset);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("03/04/18 tea time")]
    [InlineData("")]
    public void Text_that_is_not_a_date_does_not_parse(string raw)
    {
        Assert.False(DateParsing.TryParse(raw, out _));
    }
}
