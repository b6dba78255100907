using MediaMonitor.Analysis.Quotes;

namespace MediaMonitor.Analysis.Tests.Quotes;

// Every sentence here is invented for the test; the people and bodies in them are fictional.
public sealed class QuotationExtractorTests
{
    private static List<Quotation> Direct(string text) => QuotationExtractor.Extract(text).Where(q => q.Kind == QuoteKind.Direct).ToList();

    [Theory]
    [InlineData("وقال الأمين العام لرابطة دول بحر اللازورد عبد الرحيم الأبنوسي، في تصريحات للصحفيين: «العلاقات تاريخية».", "عبد الرحيم الأبنوسي")]
    [InlineData("وقال مدرب نادي نجوم الوادي عماد الشيحي: «المباراة كانت صعبة».", "عماد الشيحي")]
    public void ThePersonsNameAfterALongTitleAndOrganisationIsTheSpeaker(string text, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Direct(text)).Speaker?.Name);
    }

    [Fact]
    public void SubjectlessVerbCarriesTheLastSpeaker()
    {
        var quotes = Direct("قال وزير الزراعة سالم الحداد إن «الموسم جيد هذا العام». وأضاف: «سنصدر الفائض إلى الدول المجاورة».");

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("سالم الحداد", q.Speaker?.Name));
        Assert.Equal("وأضاف", quotes[1].Cue);
    }

    [Fact]
    public void FeminineVerbCarriesTheFeminineSubjectNamedBefore()
    {
        var quotes = Direct(
            "أعلنت هيئة المياه الوطنية، أمس، خطة جديدة للتوزيع. وقال المهندس كريم ناصر إن «المشروع سيستغرق عامين». " +
            "وذكرت في بيان أن «الخطة تشمل كل المحافظات الجنوبية».");

        Assert.Equal("كريم ناصر", quotes[0].Speaker?.Name);
        Assert.Equal("هيئة المياه الوطنية", quotes[1].Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, quotes[1].Speaker?.Type);
    }

    [Fact]
    public void SpeakerAfterTheQuotationIsFound()
    {
        var quote = Assert.Single(Direct("«لن نتراجع عن هذا القرار مهما كانت الضغوط»، تقول الناشطة ليلى مراد."));

        Assert.Equal("ليلى مراد", quote.Speaker?.Name);
        Assert.Equal("تقول", quote.Cue);
    }

    [Fact]
    public void SplitQuotationGivesTwoPiecesWithOneSpeaker()
    {
        var quotes = Direct("«المدينة تحتاج إلى مستشفى جديد»، قال رئيس البلدية فادي يونس، «ولن ننتظر التمويل الخارجي طويلا».");

        Assert.Equal(["المدينة تحتاج إلى مستشفى جديد", "ولن ننتظر التمويل الخارجي طويلا"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("فادي يونس", q.Speaker?.Name));
    }

    [Fact]
    public void MissingClosingMarkRunsToTheEndOfTheParagraph()
    {
        var quote = Assert.Single(Direct("وقال المتحدث باسم الشرطة سامي عادل: \"تم توقيف ثلاثة أشخاص في موقع الحادث\nوفي خبر آخر ارتفعت الأسعار."));

        Assert.Equal("تم توقيف ثلاثة أشخاص في موقع الحادث", quote.Text);
        Assert.Equal("سامي عادل", quote.Speaker?.Name);
    }

    [Fact]
    public void MissingOpeningMarkStartsAfterTheComplementiser()
    {
        var quote = Assert.Single(Direct("وقالت الوزيرة هالة منصور إن الحكومة ستدعم المزارعين بكل الوسائل المتاحة\" بحسب البيان."));

        Assert.Equal("الحكومة ستدعم المزارعين بكل الوسائل المتاحة", quote.Text);
        Assert.Equal("هالة منصور", quote.Speaker?.Name);
    }

    [Fact]
    public void ReversedCurlyQuotesAreAQuotation()
    {
        var quote = Assert.Single(Direct("وقال الخبير ماجد سليم ”الأسعار سترتفع في الربع المقبل“."));

        Assert.Equal("الأسعار سترتفع في الربع المقبل", quote.Text);
        Assert.Equal("ماجد سليم", quote.Speaker?.Name);
    }

    [Fact]
    public void QuotedNamesAndTermsAreNotQuotations()
    {
        var quotes = QuotationExtractor.Extract(
            "وقال مسؤول في شركة \"نوران\" للاتصالات إن الأرباح تضاعفت، بينما نشر موقع \"تويتر\" صورا من الحفل، " +
            "وأعلن تنظيم «داعش» مسؤوليته عن الهجوم، وشاركت القوات في عملية \"الفجر الجديد\".");

        Assert.DoesNotContain(quotes, q => q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void ShortQuotedWordGovernedBySpeechVerbIsAQuotation()
    {
        var quote = Assert.Single(Direct("واتهم النائب عمر الصافي الحكومة بـ\"التقصير\" في ملف الكهرباء."));

        Assert.Equal("التقصير", quote.Text);
        Assert.Equal("عمر الصافي", quote.Speaker?.Name);
    }

    [Fact]
    public void ReportedClauseWithoutMarksIsIndirect()
    {
        var quote = Assert.Single(QuotationExtractor.Extract("وأكد رئيس الوزراء عماد الخطيب أن الحكومة ستخفض الضرائب على الشركات الصغيرة."));

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("الحكومة ستخفض الضرائب على الشركات الصغيرة", quote.Text);
        Assert.Equal("عماد الخطيب", quote.Speaker?.Name);
        Assert.Equal("وأكد", quote.Cue);
    }

    [Fact]
    public void IndirectOptionCanBeTurnedOff()
    {
        var quotes = QuotationExtractor.Extract("وأكد رئيس الوزراء عماد الخطيب أن الحكومة ستخفض الضرائب.", new QuoteExtractionOptions(IncludeIndirect: false));

        Assert.Empty(quotes);
    }

    [Fact]
    public void StatementSpeaksForItsIssuer()
    {
        var quote = Assert.Single(Direct("أصدرت وزارة الصحة بيانا حول الوباء. وقال البيان إن «عدد الإصابات انخفض بنسبة كبيرة خلال الأسبوع»."));

        Assert.Equal("وزارة الصحة", quote.Speaker?.Name);
    }

    [Fact]
    public void SurnameResolvesToTheFullestNameInTheArticle()
    {
        var quotes = Direct("وصل وزير الخارجية سامر القاسم إلى العاصمة. وقال القاسم: «الزيارة ناجحة وستتبعها زيارات أخرى».");

        Assert.Equal("سامر القاسم", Assert.Single(quotes).Speaker?.Name);
    }

    [Fact]
    public void DefiniteHeadResolvesToTheOrganisationNamedBefore()
    {
        var quotes = Direct("أعلنت وكالة الفضاء الإقليمية إطلاق قمر صناعي جديد. وقالت الوكالة: «الإطلاق تم بنجاح وفق الخطة».");

        Assert.Equal("وكالة الفضاء الإقليمية", Assert.Single(quotes).Speaker?.Name);
    }

    [Fact]
    public void SpansPointIntoTheOriginalText()
    {
        const string text = "وقال المدير رامي فهد: «سنفتتح الفرع الجديد قريباً».";
        var quote = Assert.Single(Direct(text));

        Assert.Equal(quote.Text, quote.Span.Slice(text));
        Assert.Equal("رامي فهد", quote.Speaker!.Mention.Slice(text).Split(' ')[^2..] is var last ? string.Join(' ', last) : null);
        Assert.Equal("وقال", quote.CueSpan!.Value.Slice(text));
    }

    [Fact]
    public void AliInsideANameIsNotThePreposition()
    {
        var quote = Assert.Single(Direct("وقال رئيس الوزراء بن علي سالمي: «سنعلن الموازنة الأسبوع المقبل بعد إقرارها»."));

        Assert.Equal("بن علي سالمي", quote.Speaker?.Name);
    }

    [Fact]
    public void StatementIssuedByANamedBodySpeaksForIt()
    {
        var quote = Assert.Single(Direct("وجاء في بيان صادر عن اتحاد الكرة الوطني: «قررنا تأجيل المباراة إلى موعد لاحق»."));

        Assert.Equal("اتحاد الكرة الوطني", quote.Speaker?.Name);
    }

    [Fact]
    public void StatementThatSaysSomethingSpeaksForTheBodyThatIssuedIt()
    {
        var quote = Assert.Single(Direct("أصدرت وزارة النقل بيانا قالت فيه إن «الطريق سيفتح أمام السيارات خلال أيام»."));

        Assert.Equal("وزارة النقل", quote.Speaker?.Name);
    }

    [Fact]
    public void ImpersonalAsideIsNotAnIndirectQuotation() =>
        Assert.Empty(QuotationExtractor.Extract("يذكر أن المدينة شهدت فيضانات مماثلة قبل عشرة أعوام."));

    [Fact]
    public void TitleComplementWithAnInstitutionLeadsToTheName()
    {
        var quote = Assert.Single(Direct("وقال المدير العام لهيئة السياحة الوطنية نادر سليم \"نتوقع زيادة في عدد الزوار هذا الصيف\"."));

        Assert.Equal("نادر سليم", quote.Speaker?.Name);
    }

    [Fact]
    public void NameInAppositionAfterACommaIsNotAQuotation() =>
        Assert.DoesNotContain(Direct("صرح منسق البعثة في المنطقة، «كريم هادي»، بأن الوضع مستقر."), q => q.Text == "كريم هادي");

    [Fact]
    public void PassiveVerbMarkedWithDammaHasNoSpeaker()
    {
        var quote = Assert.Single(Direct("وقال المحافظ سعيد ناصر إن المشروع اكتمل. ورفع الأهالي لافتات كُتب عليها «شكرا لكل من ساهم في البناء»."));

        Assert.Equal(string.Empty, quote.Cue);
    }

    [Fact]
    public void OrdinalAnaphorPicksTheFirstOrLastActorNamedBefore()
    {
        var quotes = Direct(
            "ودعت نقابة المعلمين الوطنية وجمعية أولياء الأمور إلى الحوار. وقالت الأولى في بيان: «لن نقبل بأقل من زيادة الرواتب». " +
            "وقالت الأخيرة: «مصلحة التلاميذ قبل كل شيء».");

        Assert.Equal("نقابة المعلمين الوطنية", quotes[0].Speaker?.Name);
        Assert.Equal("جمعية أولياء الأمور", quotes[1].Speaker?.Name);
    }

    [Fact]
    public void EmptyTextHasNoQuotations() => Assert.Empty(QuotationExtractor.Extract(string.Empty));
}
