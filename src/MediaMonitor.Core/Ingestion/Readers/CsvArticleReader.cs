using System.Globalization;
using CsvHelper;

namespace MediaMonitor.Core.Ingestion.Readers;

/// <summary>
/// CSV with a header row naming the fields (the same names as JSON, any case; separator detected). Records are
/// numbered as a spreadsheet shows them (the header is row 1); a record with broken quoting or the wrong number
/// of fields is reported, with its line, and the next record is read.
/// </summary>
internal static class CsvArticleReader
{
    public static IEnumerable<ReadResult> Read(SourceDocument document)
    {
        var malformed = new List<CsvMalformedRecord>();
        var options = CsvReaderOptions.Default with
        {
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = malformed.Add,
            TrackLineNumbers = true,
            IncludeValuesInExceptions = false,
        };

        using var csv = CsvReader.FromText(document.Text, options);
        var header = csv.Headers;
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            columns.TryAdd(header[i].Trim().TrimStart('\uFEFF'), i);
        }

        if (!ArticleFields.Body.Concat(ArticleFields.Summary).Any(columns.ContainsKey))
        {
            yield return document.Fail("row 1", $"no text column in the header (expected one of: {string.Join(", ", ArticleFields.Body)})");
            yield break;
        }

        var row = 1;
        var records = 0;
        while (true)
        {
            var more = csv.Read();
            foreach (var bad in malformed)
            {
                row++;
                yield return document.Fail(Row(row), $"{Describe(bad.Reason, header.Count)} (line {bad.LineNumber.ToString(CultureInfo.InvariantCulture)})");
            }

            malformed.Clear();
            if (!more)
            {
                break;
            }

            row++;
            records++;
            var values = new string?[csv.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = csv.GetString(i);
            }

            string? Field(string[] names)
            {
                foreach (var name in names)
                {
                    if (columns.TryGetValue(name, out var index) && index < values.Length && !string.IsNullOrWhiteSpace(values[index]))
                    {
                        return values[index];
                    }
                }

                return null;
            }

            yield return ArticleFields.Build(Field, document, Row(row));
        }

        if (records == 0 && row == 1)
        {
            yield return document.Fail("file", "no rows after the header");
        }
    }

    private static string Row(int row) => $"row {row.ToString(CultureInfo.InvariantCulture)}";

    private static string Describe(CsvMalformedReason reason, int columns) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => $"wrong number of fields (the header has {columns.ToString(CultureInfo.InvariantCulture)})",
        CsvMalformedReason.StrayQuote => "bad quoting (a quote inside an unquoted field)",
        CsvMalformedReason.TextAfterClosingQuote => "bad quoting (text after a closing quote)",
        CsvMalformedReason.UnterminatedQuote => "bad quoting (a quote that is never closed)",
        CsvMalformedReason.LineBreakInQuotes => "bad quoting (a line break inside quotes)",
        _ => "malformed record",
    };
}
