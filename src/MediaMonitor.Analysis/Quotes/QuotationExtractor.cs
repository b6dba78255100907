namespace MediaMonitor.Analysis.Quotes;

public sealed record QuoteExtractionOptions(bool IncludeIndirect = true)
{
    public static QuoteExtractionOptions Default { get; } = new();
}

/// <summary>
/// Finds the quotations of an Arabic news article and who said them. Pure and thread-safe: every call works on
/// its own state. See <see cref="QuotationRun"/> for the rules.
/// </summary>
public static class QuotationExtractor
{
    public static IReadOnlyList<Quotation> Extract(string text, QuoteExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(new ArticleDocument(text), options);
    }

    internal static IReadOnlyList<Quotation> Extract(ArticleDocument document, QuoteExtractionOptions? options) =>
        new QuotationRun(document, options ?? QuoteExtractionOptions.Default).Execute();
}
