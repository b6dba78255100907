using MediaMonitor.Web.Features.Reader;

namespace MediaMonitor.Web.Tests.Features.Reader;

public sealed class QuotationCitationTests
{
    [Fact]
    public void DirectQuotationIsQuotedOnceWithSpeakerOutletDateAndLink()
    {
        var text = QuotationCitation.Format("«الحوار هو الطريق»", true, "سليم الوادعي", "صحيفة الواحة", "2025-03-04T10:30:00Z", false, "http://host/articles/5#q-9");

        Assert.Equal("«الحوار هو الطريق»\n— سليم الوادعي، صحيفة الواحة، 2025-03-04\nhttp://host/articles/5#q-9", text);
    }

    [Fact]
    public void IndirectQuotationIsMarkedAsParaphraseAndAnEstimatedDateSaysSo()
    {
        var text = QuotationCitation.Format("أن الوضع مستقر", false, null, "وكالة", "2025-03-04T10:30:00Z", true, "l");

        Assert.StartsWith("أن الوضع مستقر\n— متحدث غير محدد (بتصرف)، وكالة، 2025-03-04 (تاريخ تقديري)", text, StringComparison.Ordinal);
    }
}
