using MediaMonitor.Analysis.Text;
using MediaMonitor.Analysis.Topics;

namespace MediaMonitor.Analysis.Tests.Topics;

public sealed class TopicClassifierTests
{
    [Theory]
    [InlineData("أعلنت الحكومة أمس")]
    [InlineData("قرار للحكومة الجديدة")]
    [InlineData("البرلمان والحكومة")]
    [InlineData("بيان بالحكومة")]
    [InlineData("فالحكومة لم ترد")]
    [InlineData("لحكومة الوحدة")]
    [InlineData("وحكومة الإقليم")]
    [InlineData("شكلت حكومه جديدة")]
    [InlineData("الحُكُومَة")]
    [InlineData("الحكـــومة")]
    public void TermMatchesThroughCliticsAndSpellingVariants(string body)
    {
        Assert.Equal(1, Score("""1 "حكومة" """, body));
    }

    [Theory]
    [InlineData("الحكومات العربية")]
    [InlineData("الحكومي")]
    [InlineData("حكم")]
    public void ExactTermDoesNotMatchOtherForms(string body)
    {
        Assert.Equal(0, Score("""1 "حكومة" """, body));
    }

    [Theory]
    [InlineData("إسلام", "الاسلام")]
    [InlineData("مستشفى", "المستشفي")]
    [InlineData("أمن", "الأمنُ")]
    [InlineData("مؤتمر", "للمؤتمر")]
    [InlineData("مجلس", "بمجلس")]
    public void HamzaYaAndDiacriticVariantsMatch(string term, string body)
    {
        Assert.Equal(1, Score($"1 \"{term}\"", body));
    }

    [Theory]
    [InlineData("اقتصاد", 1)]
    [InlineData("اقتصادي", 1)]
    [InlineData("الاقتصادية", 1)]
    [InlineData("واقتصادها", 1)]
    [InlineData("للاقتصاديين", 1)]
    [InlineData("قصد", 0)]
    [InlineData("اقتصر", 0)]
    public void PrefixTermMatchesEveryWordItBegins(string body, double expected)
    {
        Assert.Equal(expected, Score("""1 "اقتصاد*" """, body));
    }

    [Theory]
    [InlineData("اجتمع مجلس الأمن أمس", 1)]
    [InlineData("دعا بمجلس الأمن الدولي", 1)]
    [InlineData("رسالة لمجلس الأمن", 1)]
    [InlineData("وسم #مجلس_الأمن", 1)]
    [InlineData("مجلس النواب والأمن", 0)]
    [InlineData("الأمن مجلس", 0)]
    [InlineData("عقد المجلس. الأمن مستتب", 0)]
    [InlineData("مجلس، الأمن", 0)]
    public void PhraseMatchesConsecutiveWordsEachCliticAware(string body, double expected)
    {
        Assert.Equal(expected, Score("""1 "مجلس الأمن" """, body));
    }

    [Fact]
    public void QuoteMarksInsideAPhraseDoNotBreakIt()
    {
        Assert.Equal(1, Score("""1 "تنظيم داعش" """, "هجوم تبناه تنظيم «داعش» الإرهابي"));
    }

    [Fact]
    public void PhraseOccurrencesAreCountedIncludingOverlaps()
    {
        Assert.Equal(3, Score("""1 "كرة القدم" , 0 "كرة" """, "كرة القدم وكرة القدم ثم كرة القدم"));
        Assert.Equal(2, Score("""1 "لا لا" """, "لا لا لا"));
    }

    [Fact]
    public void PhraseWithPrefixWordMatches()
    {
        Assert.Equal(1, Score("""1 "أسعار النفط*" """, "ارتفعت أسعار النفطية"));
    }

    [Fact]
    public void OccurrencesOfOneTermAreCappedAtThree()
    {
        Assert.Equal(6, Score("""2 "نفط" """, "نفط نفط النفط بالنفط للنفط"));
    }

    [Fact]
    public void TermInTheTitleAddsTwoOccurrences()
    {
        Assert.Equal(4, Score("""2 "نفط" """, "لا شيء هنا", "أسعار النفط"));
        Assert.Equal(6, Score("""2 "نفط" """, "النفط", "أسعار النفط"));
        Assert.Equal(10, Score("""2 "نفط" """, "النفط والنفط ونفط ونفط", "النفط النفط"));
    }

    [Fact]
    public void WeightsSumAcrossTermsAndNegativeWeightsSubtract()
    {
        Assert.Equal(3.5, Score("""3 "نفط" , 1.5 "غاز" , -1 "مباراة" """, "النفط والغاز قبل المباراة"));
    }

    [Fact]
    public void TopicIsAssignedOnlyAtOrAboveTheThreshold()
    {
        var classifier = Single("""2 "نفط" , 1 "غاز" """, threshold: 5);

        Assert.Empty(classifier.Classify(null, "النفط والنفط"));
        Assert.Single(classifier.Classify(null, "النفط والنفط والغاز"));
        Assert.Single(classifier.Classify(null, "النفط والنفط والنفط"));
    }

    [Fact]
    public void RequireMustHoldWhateverTheScore()
    {
        var classifier = Single("""3 "هجوم" , 3 "إرهاب*" ; REQUIRE "إرهاب*" OR "تفجير*" """, threshold: 3);

        var evaluation = classifier.Evaluate(null, "هجوم هجوم هجوم").Single();
        Assert.False(evaluation.RequirementsMet);
        Assert.False(evaluation.Assigned);
        Assert.Equal(9, evaluation.Score);
        Assert.Single(classifier.Classify(null, "هجوم بتفجير انتحاري"));
    }

    [Fact]
    public void AllRequireSectionsMustHold()
    {
        var classifier = Single("""1 "نفط" ; REQUIRE "غاز" ; REQUIRE "وقود" """, threshold: 1);

        Assert.Empty(classifier.Classify(null, "النفط والغاز"));
        Assert.Single(classifier.Classify(null, "النفط والغاز والوقود"));
    }

    [Fact]
    public void ExcludeVetoesTheTopic()
    {
        var classifier = Single("""3 "هجوم" , 2 "قذيفة" ; EXCLUDE "مباراة" AND ("لاعب*" OR "ضربة جزاء") """, threshold: 3);

        Assert.Single(classifier.Classify(null, "هجوم بقذيفة على المدينة"));
        Assert.Single(classifier.Classify(null, "هجوم قبل المباراة"));
        var evaluation = classifier.Evaluate(null, "هجوم وقذيفة من اللاعبين في المباراة").Single();
        Assert.True(evaluation.Excluded);
        Assert.False(evaluation.Assigned);
    }

    [Fact]
    public void NotInsideRequireInverts()
    {
        var classifier = Single("""1 "نفط" ; REQUIRE NOT "زيت الزيتون" """, threshold: 1);

        Assert.Single(classifier.Classify(null, "النفط"));
        Assert.Empty(classifier.Classify(null, "النفط وزيت الزيتون"));
    }

    [Fact]
    public void BooleanTermsCountInTheTitleToo()
    {
        var classifier = Single("""3 "هجوم" ; REQUIRE "إرهاب*" """, threshold: 3);

        Assert.Single(classifier.Classify("هجوم إرهابي", "وقع هجوم في المدينة"));
    }

    [Fact]
    public void MatchedTermsAreListedStrongestFirst()
    {
        var classifier = Single("""1 "غاز" , 3 "نفط" , 2 "وقود" , 1 "فحم" """, threshold: 1);

        var score = classifier.Classify(null, "الغاز والغاز والنفط والوقود").Single();

        Assert.Equal(["نفط", "غاز", "وقود"], score.MatchedTerms);
        Assert.Equal(7, score.Score);
    }

    [Fact]
    public void ClassifyReturnsAssignedTopicsHighestScoreFirst()
    {
        var classifier = new TopicClassifier(
        [
            new("energy", "الطاقة", "Energy", """1 "نفط" """, 1),
            new("economy", "الاقتصاد", "Economy", """2 "اقتصاد*" """, 1),
            new("sport", "الرياضة", "Sport", """1 "مباراة" """, 1),
        ]);

        var topics = classifier.Classify(null, "النفط والاقتصاد");

        Assert.Equal(["economy", "energy"], topics.Select(t => t.Key));
        Assert.Equal(3, classifier.Evaluate(null, "النفط").Count);
    }

    [Fact]
    public void TopicsSharingATermBothCountIt()
    {
        var classifier = new TopicClassifier(
        [
            new("a", "أ", "A", """2 "النفط" """, 1),
            new("b", "ب", "B", """3 "نفط" ; REQUIRE "نفط" """, 1),
        ]);

        var topics = classifier.Classify(null, "النفط");

        Assert.Equal([("b", 3.0), ("a", 2.0)], topics.Select(t => (t.Key, t.Score)));
    }

    [Fact]
    public void EmptyTextGetsNoTopics()
    {
        Assert.Empty(new TopicClassifier(StarterTopics.All).Classify(null, string.Empty));
    }

    [Fact]
    public void BadRuleNamesTheTopicAndPosition()
    {
        const string Broken = """1 "نفط" ; REQUIRE ("غاز" """;
        var e = Assert.Throws<TopicRuleException>(() => new TopicClassifier(
        [
            new("ok", "أ", "A", """1 "نفط" """, 1),
            new("broken", "ب", "B", Broken, 1),
        ]));

        Assert.Equal("broken", e.TopicKey);
        Assert.Equal(Broken.IndexOf('(', StringComparison.Ordinal), e.Position);
        Assert.StartsWith($"topic 'broken': unclosed '(' at position {e.Position}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateKeysAndNonPositiveThresholdsAreRejected()
    {
        Assert.Throws<ArgumentException>(() => new TopicClassifier(
        [
            new("a", "أ", "A", """1 "نفط" """, 1),
            new("a", "ب", "B", """1 "غاز" """, 1),
        ]));
        Assert.Throws<ArgumentException>(() => Single("""1 "نفط" """, threshold: 0));
        Assert.Throws<ArgumentException>(() => Single("""1 "نفط" """, threshold: double.NaN));
    }

    [Fact]
    public void ConcurrentClassificationGivesTheSameAnswers()
    {
        var classifier = new TopicClassifier(StarterTopics.All);
        string[] bodies =
        [
            "سجل المهاجم هدفين في المباراة وتأهل الفريق إلى نصف النهائي من دوري أبطال أوروبا",
            "ارتفعت أسعار النفط بعد قرار أوبك خفض الإنتاج وتراجع مخزونات الخام الأمريكية",
            "شنت الطائرات الحربية غارات على مواقع المسلحين وقال الجيش إن القصف استهدف مخازن أسلحة",
        ];
        var expected = bodies.Select(b => Keys(classifier.Classify(null, b))).ToArray();

        var results = new string[400];
        Parallel.For(0, results.Length, i => results[i] = Keys(classifier.Classify(null, bodies[i % bodies.Length])));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % bodies.Length], results[i]);
        }
    }

    [Theory]
    [InlineData("والحكومه")]
    [InlineData("للحكومه")]
    [InlineData("وللحكومه")]
    [InlineData("بالعراق")]
    [InlineData("فالوزاره")]
    [InlineData("كالبحر")]
    [InlineData("وبغداد")]
    [InlineData("لبنان")]
    [InlineData("ولي")]
    [InlineData("الله")]
    [InlineData("والله")]
    [InlineData("فبحكومه")]
    [InlineData("اقتصاد")]
    public void ReadingsOfAWordAreThoseOfArabicClitics(string word)
    {
        Span<int> starts = stackalloc int[TermIndex.MaxReadings];
        var n = TermIndex.CandidateStarts(word, starts);
        var readings = new List<string>();
        foreach (var start in starts[..n])
        {
            readings.Add(word[start..]);
        }

        Assert.Equal(ArabicClitics.StemCandidates(word), readings);
    }

    [Theory]
    [InlineData("الحُكُومَة")]
    [InlineData("إسـلام")]
    [InlineData("مستشفى")]
    [InlineData("OPEC")]
    [InlineData("٢٠١٨")]
    [InlineData("ﻟﺒﻨﺎﻥ")]
    [InlineData("\u200Fمؤتمر\u200C")]
    [InlineData("أعلنتالحكومةأمسفيبيانرسميأنهاستتخذإجراءاتعاجلةلمواجهةالأزمة")]
    public void FastNormalisationEqualsArabicNormalizer(string word)
    {
        Span<char> buffer = stackalloc char[48];

        Assert.Equal(ArabicNormalizer.NormalizeWord(word), TermIndex.Normalize(word, buffer).ToString());
    }

    private static string Keys(IReadOnlyList<TopicScore> topics) => string.Join(',', topics.Select(t => t.Key));

    private static TopicClassifier Single(string rule, double threshold) => new([new TopicDefinition("t", "موضوع", "Topic", rule, threshold)]);

    private static double Score(string rule, string body, string? title = null) => Single(rule, threshold: 1).Evaluate(title, body).Single().Score;
}
