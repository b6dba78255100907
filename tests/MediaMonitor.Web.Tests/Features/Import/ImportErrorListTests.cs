using Bunit;
using MediaMonitor.Core.Ingestion;
using MediaMonitor.Web.Features.Import;

namespace MediaMonitor.Web.Tests.Features.Import;

public sealed class ImportErrorListTests : BunitContext
{
    [Fact]
    public void ShowsEveryErrorWithFilePositionAndReason()
    {
        IReadOnlyList<ImportItemError> errors =
        [
            new("a.jsonl", "line 4", "malformed JSON"),
            new("b.txt", "whole file", "binary content (NUL bytes)"),
        ];

        var cut = Render<ImportErrorList>(p => p.Add(x => x.Errors, errors));

        var rows = cut.FindAll("[data-testid=import-error]");
        Assert.Equal(2, rows.Count);
        Assert.Equal(["a.jsonl", "line 4", "malformed JSON"], rows[0].QuerySelectorAll("td").Select(td => td.TextContent));
    }

    [Fact]
    public void RendersNothingWithoutErrors()
    {
        var cut = Render<ImportErrorList>(p => p.Add(x => x.Errors, []));

        Assert.Empty(cut.FindAll("[data-testid=import-errors]"));
    }
}
