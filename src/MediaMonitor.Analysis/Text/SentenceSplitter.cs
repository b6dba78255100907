namespace MediaMonitor.Analysis.Text;

/// <summary>
/// Splits text into sentences at . ! ? ؟ … and line breaks. Full stops inside numbers (3.5) and inside
/// protected ranges (quotations, which often hold several sentences of one speaker) do not split.
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<TextSpan> Split(string text) => Split(text, []);

    public static IReadOnlyList<TextSpan> Split(string text, IReadOnlyList<TextSpan> protectedRanges)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(protectedRanges);
        var result = new List<TextSpan>();
        var start = 0;
        var p = 0;
        for (var i = 0; i < text.Length; i++)
        {
            while (p < protectedRanges.Count && protectedRanges[p].End <= i)
            {
                p++;
            }

            if (p < protectedRanges.Count && protectedRanges[p].Start <= i)
            {
                continue;
            }

            if (!IsBoundary(text, i))
            {
                continue;
            }

            Add(text, result, start, i + 1);
            start = i + 1;
        }

        Add(text, result, start, text.Length);
        return result;
    }

    internal static bool IsBoundary(string text, int i)
    {
        var c = text[i];
        return c switch
        {
            '\n' or '\r' or '!' or '?' or '؟' or '…' => true,
            '.' => !(i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]))
                   && !(i + 1 < text.Length && text[i + 1] == '.'),
            _ => false,
        };
    }

    private static void Add(string text, List<TextSpan> result, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(TextSpan.FromBounds(start, end));
        }
    }
}
