using MediaMonitor.Web.Charts;

namespace MediaMonitor.Web.Tests.Charts;

public sealed class ChartCsvTests
{
    [Fact]
    public void WritesOneRowPerCategoryAndOneColumnPerSeries()
    {
        var data = new ChartData(["2025-01-01", "2025-01-02"], [new("أمن", [3, 0]), new("اقتصاد", [1.5, 2])]);

        var csv = ChartCsv.ToCsv(data, "اليوم");

        Assert.Equal("اليوم,أمن,اقتصاد\r\n2025-01-01,3,1.5\r\n2025-01-02,0,2\r\n", csv);
    }

    [Fact]
    public void QuotesNamesWithCommasAndQuotes()
    {
        var data = new ChartData(["وزارة الخارجية, الأردن", "حركة \"الأمل\""], [new("مقالات", [1, 2])]);

        var lines = ChartCsv.ToCsv(data).Split("\r\n");

        Assert.Equal("\"وزارة الخارجية, الأردن\",1", lines[1]);
        Assert.Equal("\"حركة \"\"الأمل\"\"\",2", lines[2]);
    }

    [Fact]
    public void NamesThatLookLikeFormulasAreDefused()
    {
        var data = new ChartData(["=HYPERLINK(\"x\")"], [new("مقالات", [1])]);

        var row = ChartCsv.ToCsv(data).Split("\r\n")[1];

        Assert.False(row.StartsWith('='), row);
        Assert.False(row.StartsWith("\"=", StringComparison.Ordinal), row);
    }

    [Fact]
    public void TheFileStartsWithTheUtf8ByteOrderMark()
    {
        var file = ChartCsv.ToCsvFile(new ChartData(["أ"], [new("س", [1])]));

        Assert.Equal([0xEF, 0xBB, 0xBF], file[..3]);
    }
}
