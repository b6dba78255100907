namespace MediaMonitor.Analysis.Text;

public enum TokenKind
{
    Word,
    Punctuation,

    /// <summary>A line break: paragraphs end here, and quotations in news copy do not cross them.</summary>
    LineBreak,
}

/// <summary>A token of the original text with its normalised form (see <see cref="ArabicNormalizer.NormalizeWord"/>).</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind, string Normalized)
{
    public int End => Start + Length;

    public TextSpan Span => new(Start, Length);

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>The single character of a punctuation or line-break token, '\0' for words.</summary>
    public char Symbol => Kind == TokenKind.Word ? '\0' : Normalized[0];
}
