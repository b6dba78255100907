using System.Collections.Frozen;
using MediaMonitor.Analysis.Text;

namespace MediaMonitor.Analysis.Actors;

/// <summary>
/// The project's own lexicon of personal names, written from general knowledge: common Arabic given names, Arabic
/// spellings of common Western and other first names, the particles that join the parts of an Arabic name, and a
/// modest list of surnames of widely reported public figures that news uses on their own (بوش, ميركل).
/// Stored normalised (<see cref="ArabicNormalizer.NormalizeWord"/>).
/// </summary>
internal static class PersonNames
{
    /// <summary>Given names that are hardly ever anything else: one of them starts a name even on its own.</summary>
    public static readonly FrozenSet<string> GivenNames = Words("""
        محمد محمود أحمد احمد مصطفى إبراهيم ابراهيم إسماعيل اسماعيل إسحاق يعقوب يوسف يونس موسى عيسى هارون داود سليمان
        زكريا يحيى إلياس الياس أيوب نوح آدم إدريس شعيب صالح لقمان عثمان عمار ياسر بلال حمزة طارق زياد معاذ أنس أسامة
        اسامة خالد وليد هشام هاشم عدنان قحطان مروان سفيان معاوية حسين الحسين حسن الحسن حسان جعفر باقر كاظم رضا
        مهدي هادي عباس العباس زين طه ياسين مجدي مجيد عبدالمجيد فيصل فهد تركي بندر سلطان نايف متعب مشعل منصور ماجد
        راشد حمد حمدان زايد خليفة مكتوم سعود نهيان ثامر ثامر تامر عامر سامر سمير سامي رامي رائد فادي شادي هاني
        مازن ماهر ناصر نصر منير بشير نذير شكري فتحي صبري حلمي رمزي لطفي حمدي رشدي فوزي جمال كمال أكرم اكرم أشرف اشرف
        أيمن ايمن أسعد اسعد أمجد امجد أنور انور أدهم إيهاب ايهاب وائل باسل باسم بسام جلال جميل حاتم حازم حامد حميد
        خليل رياض رفيق رفعت زهير سعد سعيد سالم سليم شريف شوقي صادق صبحي صفوت صلاح ضياء عادل عاطف عاصم عبدو عدلي عزت
        عصام علاء عماد عمرو غازي غسان فؤاد فاروق فريد فيصل قاسم قيس كريم لؤي مؤمن مأمون مالك مجاهد مختار مدحت مراد
        مرتضى مسعود مصعب معتز منذر مهند نبيل نجيب نزار نعمان نادر نبيه نديم هيثم وسام وحيد وجدي ياسين يسري توفيق
        جواد حيدر علاوي نوري إياد اياد ضرغام مقتدى عمار حارث سيف شاكر شهاب صدام قصي عدي فراس فارس نضال جهاد
        بشار حافظ رفعت شفيق عزمي رستم بطرس جرجس ميشال ميشيل إلياس نجيب سمعان أنطوان انطوان بيار جبران وليد
        نبيه سعد نور عز شمس سيف بدر صلاح جمال علاء عماد تاج محيي شهاب نجم بهاء ضياء فخر
        سهيل نعيم عوني جودت رؤوف عارف ضاحي هزاع طلال طلعت وجيه ممدوح محسن عبده حمادة رضوان خميس سلمان مفيد ناجي زكي رامز
        عصمت نصري مارون نقولا طانيوس جورجيت فوزية نجوى ماجدة سامية سمية نادين ريهام شادية فايزة فيروز بسمة عبلة فتحية
        زكية صفية حسناء نانسي إليسا اليسا كلثوم سوزان جيهان هيام روان لانا ديما رهف تالا ميار
        فاطمة عائشة خديجة زينب مريم مريام آمنة أمينة سارة ساره ليلى سلوى سعاد سناء هند هيفاء
        رانيا رنا رشا ريم ريما ميساء ميسون ميرفت نادية ناديا نجلاء نوال نسرين هالة هبة وفاء ياسمين يسرا أسماء اسماء
        سميحة سميرة ناريمان شيرين نيفين نرمين ميرفت سهير سوزان نبيلة إيمان ايمان آمال بثينة بشرى تهاني جميلة حنان حياة خلود دعاء دينا رغدة رحاب رقية زهراء زهرة سميرة سهير سوسن
        شيماء صفاء عبير عزة علياء غادة فادية فدوى فريدة كوثر لبنى لمياء ليلي مها منال منيرة نهى نوال نورا نورة هدى
        هيام وداد يسرى سهام إلهام الهام ابتسام انتصار عفاف كاملة نبيلة نعيمة حليمة سكينة جليلة لطيفة شريفة
        """);

    /// <summary>Given names that are also common words (حسن "good", أمين "secretary", عمر "age"): a name only with another name part.</summary>
    public static readonly FrozenSet<string> AmbiguousGivenNames = Words("""
        علي عمر أمين امين نور سلام أمل امل منى هدى وفاء رجاء فرح حياة سعيد كريم جميل عادل نبيل صالح فارس ناصر منصور
        شريف رشيد عزيز مجيد حميد سالم سليم هادي وحيد فريد لطيف رحيم عظيم حكيم غالب منير بشير صادق مؤمن
        شاكر ماجد راضي عاصم قاسم حسين حسن نصر جمال كمال ضياء بدر نجم شمس سيف عز تاج فخر  بان
        دان    مبارك باسم زين فهد تركي سلطان خليفة   صلاح عز  مهدي رضا مختار
        مجاهد جهاد نضال وسام  جواد نوري شهاب غازي   مالك رفيق حامد  رائد دعاء حنان خلود صفاء عزة
        إيمان ايمان انتصار ابتسام عفاف بشرى تهاني آمال إلهام الهام سهام سكينة كاملة جميلة فريدة زهرة هالة هبة بندر
         راشد عامر أشرف اشرف رمزي لطيفة شريفة نبيلة  نادر نذير حافظ
        معتز مؤمن آدم نوح حواء هاجر سلمى ثامر نبيه شمس تاج نجم فخر ضياء حياة سيف بدر      
        """);

    /// <summary>Arabic spellings of Western, African and Asian first names that news uses often.</summary>
    public static readonly FrozenSet<string> ForeignGivenNames = Words("""
        جورج جورج توني كوفي فلاديمير ديفيد ديفيد دافيد مايكل مايكل ميشيل ميشال جيمس جيمز روبرت ريتشارد وليام ويليام
        بيتر بيار بيير جان جاك فرانسوا فرنسوا نيكولا نيكولاس أنجيلا انجيلا أنغيلا هيلاري هيلارى باراك دونالد جوزيف
        كوندوليزا كولن ديك غوردون جوردون خافيير خافيير خوسيه خوان كارلوس لويس فرناندو أنطونيو انطونيو ماريو ماريا
        شارل هنري ألبرت البرت سيغموند كارل فريدريك فريدريش ليوناردو إليزابيث اليزابيث مارغريت مارجريت كاثرين
        فيكتوريا فيكتور إيمانويل ايمانويل أمانويل أوليفر اوليفر بوريس ديمتري دميتري سيرغي سيرغي سيرجي إيغور ايغور يوري
        ميخائيل أليكسي اليكسي ألكسندر الكسندر أندريه اندريه أندرو اندرو ستيفن ستيفان ستيف كريستوفر كريستيان كريستين
        جون جاك بول مارك ماركو ماركوس توماس فرانك واين تيري فابيو إميلي اميلي كزافييه ديدييه روبي يان أندري اندري ديفد
        باتريك جيلبرتو نيكوس طوني بيل ستيفن هاري تشارلي أنطوني انطوني دانيال ماثيو لوكا باولو سيرجيو كارلو لورنزو فرانشيسكو
        ماري جوليان بريان كيفن غاري نيل ستيوارت إيريك اريك مايك جيف جيسون إيان ايان أوليفييه اوليفييه سيباستيان فيليب لوران
        جيروم دومينيك فيليبي ألكسيس أليخاندرو ريكاردو كريستوف هانس جيرار جيرالد ريتشارد ألبرتو البرتو إنريكي انريكي
        جيرهارد غيرهارد أليكس اليكس ألكس كريستيانو ديانا فلوريان برتران جوليا جولي هيلين لورا مادلين سوزان سيلفيا توم تيم هلموت هيلموت أنغيلا سيلفيو رومانو ماتيو جوزيبي جوزيه باولو بابلو دييغو رونالدو روبرتو
        تيريزا تيريزا تيريز جاسيندا إيمانويل بنيامين بنيامين إيهود ايهود أرييل ارييل شمعون اسحق ياسر مناحيم
        غولدا موشيه أفيغدور يائير نفتالي شيمون تسيبي آرييل نيلسون نلسون
        مارتن مارتن ادوارد إدوارد إدواردو ألفريد الفريد أرنولد ارنولد جيرالد رونالد جيمي ليندون فرانكلين ثيودور
        ونستون وينستون هارولد مارغريت تشارلز تشارلز هنري بنديكت فرنسيس يوحنا بولس إيفو أوبرا اوبرا
        برند هانس هانز يوهان يواكيم فولفغانغ ولفغانغ مانفريد ستانلي صامويل سامويل دانيال دانييل جوناثان جوزيف
        """);

    /// <summary>Second parts of عبد names (عبد الله, عبد الرحمن …), written as the word after عبد.</summary>
    public static readonly FrozenSet<string> AbdSuffixes = Words("""
        الله الرحمن الرحيم العزيز الكريم المجيد الحميد الحليم الرزاق الغني الفتاح اللطيف الملك الحكيم الرؤوف الرءوف
        القادر السلام الناصر المنعم الوهاب الحي القيوم الباسط الجبار الغفار الخالق الباري البارئ الصمد الأحد الواحد
        الستار الهادي الرشيد الجليل المحسن الإله الاله الودود الوحيد الحق النبي الأمير الامير العظيم المطلب الحسين
        """);

    /// <summary>Particles inside a name: بن/ابن/بنت (son/daughter of), آل (family of), ولد, أبو/أم (father/mother of).</summary>
    public static readonly FrozenSet<string> Particles = Words("بن ابن بنت آل ولد أبو ابو أبي ابي أبا ابا");

    /// <summary>Kunya particles that may start a name: أبو مازن, أم كلثوم.</summary>
    public static readonly FrozenSet<string> Kunya = Words("أبو ابو");

    /// <summary>
    /// Surnames of public figures that news names on their own (heads of state and government, diplomats, a few
    /// world-famous cultural and sports figures of recent decades). Kept short and free of common words.
    /// </summary>
    public static readonly FrozenSet<string> FamousSurnames = Words("""
        بوش بلير شيراك ساركوزي هولاند ماكرون أوباما اوباما ترامب ترمب بايدن كلينتون ميركل شولتس شرودر بوتين ميدفيديف
        يلتسين غورباتشوف جورباتشوف لافروف أردوغان اردوغان أنان عنان غوتيريش غوتيريس رايس رامسفيلد تشيني
        كيري بومبيو تيلرسون سولانا برلسكوني برودي رينزي ثاتشر كاميرون جونسون سوناك ستارمر نتنياهو شارون أولمرت
        اولمرت بيريز رابين ليفني ليبرمان بينيت لابيد غانتس عرفات القذافي خامنئي خاتمي روحاني نجاد
        كرزاي مشرف بوتو مودي زيلينسكي ستولتنبرغ غيتس رامافوزا مانديلا كاسترو شافيز تشافيز مادورو
        أينشتاين اينشتاين فرويد شكسبير نابليون نابوليون هتلر ستالين لينين ماركس تشرشل غاندي ديغول روزفلت
        مارادونا بيليه زيدان ميسي بيكهام شوماخر
        """);

    /// <summary>Words that follow a name but are not part of it (محمد رسول الله, عليه السلام).</summary>
    public static readonly FrozenSet<string> NotNameParts = Words("رسول صلى رضي رحمه كرم عليه عليهم السلام تعالى سبحانه أمير ملك عاهل شيخ");

    private static readonly FrozenSet<string> All = GivenNames.Concat(ForeignGivenNames).ToFrozenSet(StringComparer.Ordinal);

    // every word that can start a name, for an allocation-free first test on each word of an article
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Starts = All.Concat(AmbiguousGivenNames).Concat(FamousSurnames)
        .Concat(Kunya).Append(ArabicNormalizer.NormalizeWord("عبد")).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the word, or the word after one or two clitic letters, may start a name (عبدالله too).</summary>
    public static bool CouldStartName(ReadOnlySpan<char> w) =>
        Starts.Contains(w) || w.StartsWith("عبد", StringComparison.Ordinal)
        || (w.Length > 3 && w[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك'
            && (Starts.Contains(w[1..]) || (w.Length > 4 && w[1] is 'ب' or 'ل' or 'ك' && Starts.Contains(w[2..]))));

    /// <summary>An unambiguous given name (Arabic or foreign).</summary>
    public static bool IsGivenName(string normalized) => All.Contains(normalized) && !AmbiguousGivenNames.Contains(normalized);

    /// <summary>Any given name, also one that is a common word too.</summary>
    public static bool IsAnyGivenName(string normalized) => All.Contains(normalized) || AmbiguousGivenNames.Contains(normalized);

    private static FrozenSet<string> Words(string list) =>
        list.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => ArabicNormalizer.NormalizeWord(w))
            .ToFrozenSet(StringComparer.Ordinal);
}
