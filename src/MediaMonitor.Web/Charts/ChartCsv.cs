using System.Globalization;
using System.Text;
using CsvHelper;

namespace MediaMonitor.Web.Charts;

/// <summary>The data a chart draws as CSV: one row per category, one column per series.</summary>
public static class ChartCsv
{
    // Names come from article text: a name that starts like a formula must not run in a spreadsheet.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    /// <summary>The CSV text (no byte-order mark). The first column is the category, then one column per series.</summary>
    public static string ToCsv(ChartData data, string categoryHeader = "الفئة")
    {
        ArgumentNullException.ThrowIfNull(data);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            csv.WriteRecord([categoryHeader, .. data.Series.Select(s => s.Name)]);
            for (var i = 0; i < data.Categories.Count; i++)
            {
                var row = i;
                csv.WriteRecord([data.Categories[row], .. data.Series.Select(s => Number(s.Values, row))]);
            }
        }

        return text.ToString();
    }

    /// <summary>The CSV as a UTF-8 file with a byte-order mark, so that Excel shows the Arabic.</summary>
    public static byte[] ToCsvFile(ChartData data, string categoryHeader = "الفئة") =>
        [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(ToCsv(data, categoryHeader))];

    private static string Number(IReadOnlyList<double> values, int index) =>
        index < values.Count ? values[index].ToString("0.####", CultureInfo.InvariantCulture) : string.Empty;
}
