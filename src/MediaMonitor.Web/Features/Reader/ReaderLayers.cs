namespace MediaMonitor.Web.Features.Reader;

/// <summary>Which highlight layers the reader shows; hidden layers become CSS classes on the text.</summary>
public sealed record ReaderLayers(bool Quotes, bool People, bool Organizations, bool Places)
{
    public static ReaderLayers All { get; } = new(true, true, true, true);

    public string CssClasses => string.Join(' ', new[]
    {
        Quotes ? null : "hide-quotes",
        People ? null : "hide-person",
        Organizations ? null : "hide-organization",
        Places ? null : "hide-place",
    }.Where(c => c is not null));
}
