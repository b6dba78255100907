using MediaMonitor.Analysis.Actors;

namespace MediaMonitor.Analysis.Tests.Actors;

// Invented sentences: the people, papers and companies are fictional (the famous surnames excepted).
public sealed class PersonNameRecognitionTests
{
    private static List<(string Name, string Surface, ActorType Type)> Find(string text) =>
        ArticleAnalyzer.Analyze(new ArticleText(text)).Mentions.Select(m => (m.Name, m.Span.Slice(text), m.Type)).ToList();

    [Fact]
    public void Debug()
    {
        var text = "القيود الأمنية المشددة حركة الطائرات وأدت إلى إلغاء عدد كبير من الرحلات الجوية ( رويترز ) تدرس شركات خطوط جوية احتمال مقاضاة الحكومة البريطانية للمطالبة بتعويضات تصل إلى ثلاثمائة مليون جنيه إسترليني لتغطية الخسائر التي مُنيت بها جراء القيود الأمنية المشددة التي فرضتها هذه السلطات الأسبوع الماضي في مطارات بريطانيا . وعرقلت القيود الأمنية المشددة حركة الطائرات وأدت إلى إلغاء عدد كبير من الرحلات الجوية بعد الإعلان عن إحباط \" مؤامرة إرهابية \" لتفجير طائرات مدنية فوق مدن بريطانية وأميركية . وقالت صحيفة التايمز اليوم الخميس إن شركات الخطوط الجوية تأمل أن يقود تلويحها باللجوء إلى القضاء إلى إرغام السلطات البريطانية على رفع القيود التي فرضتها على حقائب اليد للمسافرين وأدت إلى إلغاء آلاف الرحلات الجوية وتأخير ملايين المسافرين . وبحسب الصحيفة فإن شركة طيران ريان إير تقف خلف هذا التحرك القانوني . وأرسلت الشركة رسائل عبر البريد الإلكتروني لشركات طيران أخرى أعربت فيها عن اعتزامها استخدام القانون البريطاني في ممارسة الضغط على الحكومة لرفع بعض القيود التي وصفتها بأنها غير قانونية وغير عملية بالمطارات . رفعت مؤسسة \" فيتش ريتنغز \" للتصنيفات الائتمانية تصنيفها للديون السيادية السعودية الخارجية والمحلية إلى مستوى ( +A ) من ( A ) استنادا إلى تحسن الوضع المالي للمملكة بفضل ارتفاع أسعار النفط .";
        var analysis = ArticleAnalyzer.Analyze(new ArticleText(text));
        var lines = analysis.Mentions.Select(m => $"{m.Type} {m.Name} [{m.Span.Slice(text)}]")
            .Concat(MediaMonitor.Analysis.Registry.ActorLinker.Link(text, analysis, new MediaMonitor.Analysis.Registry.ActorRegistry([])).Mentions.Select(m => $"L {m.Actor.Name} [{m.Span.Slice(text)}]"))
            .Concat(analysis.Quotations.Select(q => $"Q {q.Speaker?.Name} [{(q.Speaker is { } s ? s.Mention.Slice(text) : "")}] {q.Speaker?.Type}"));
        Assert.Fail(string.Join("\n", lines));
    }
}
