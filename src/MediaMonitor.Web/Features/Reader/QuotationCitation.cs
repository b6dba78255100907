using MediaMonitor.Web.Features.Common;

namespace MediaMonitor.Web.Features.Reader;

/// <summary>A quotation as it goes into a briefing: the words, who said them, where and when, and a link back.</summary>
public static class QuotationCitation
{
    public static string Format(string text, bool direct, string? speaker, string outlet, string publishedAt, bool dateEstimated, string link)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Trim();
        var quoted = direct ? $"«{words.Trim('«', '»', '"', '“', '”')}»" : words;
        var shown = Display.DateTime(publishedAt);
        var date = (shown.Length >= 10 ? shown[..10] : shown) + (dateEstimated ? " (تاريخ تقديري)" : "");
        var who = string.IsNullOrWhiteSpace(speaker) ? "متحدث غير محدد" : speaker;
        var kind = direct ? "" : " (بتصرف)";
        return $"{quoted}\n— {who}{kind}، {outlet}، {date}\n{link}";
    }
}
