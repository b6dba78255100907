using System.Text.RegularExpressions;
using MediaMonitor.Analysis.Text;
using MediaMonitor.Core.Actors.Registry;

namespace MediaMonitor.Core.Tests.Actors.Registry;

public sealed partial class StarterRegistryContentTests
{
    private const string UnMembers = """
        AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS
        BT BW BY BZ CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO
        DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN
        HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ
        LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU
        MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY
        QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD
        TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM
        ZW
        """;

    private const string ArabLeague = "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE";

    /// <summary>
    /// Surface forms deliberately shared by two actors of the same type. Everything else is unique within its type:
    /// where a capital shares its country's name (الكويت، تونس، الجزائر، جيبوتي، بنما …) the country keeps the bare name
    /// and the capital is "مدينة الكويت", "تونس العاصمة", "الجزائر العاصمة".
    /// </summary>
    private static readonly Dictionary<string, string> SharedOnPurpose = new(StringComparer.Ordinal)
    {
        // عُمان (Oman) and عَمّان (Amman) differ only in vowels and shadda, which normalisation drops.
        ["عمان"] = "Oman and Amman are spelled alike without diacritics; only context (سلطنة، الأردنية، a dateline) tells them apart",
        // Two parties of the same name; news adds التركي/المغربي or the context of the country.
        ["حزب العدالة والتنمية"] = "Türkiye's AKP and Morocco's PJD carry the same Arabic name",
    };

    /// <summary>
    /// Everyday words and surnames shared by several public figures that must never be an alias on their own: each is
    /// a name too, but news uses the word (or the other people) far more often.
    /// </summary>
    private static readonly string[] CommonWords =
    [
        "القاعدة", "فتح", "الخبر", "مشهد", "صور", "العين", "الأسد", "الحية", "فيتو", "كيف", "الشام", "الخضراء", "النهضة",
        "الجزيرة", "العربية", "الحرة", "الأقصى", "الحشد", "سيول", "المملكة", "الميادين", "الأهرام", "بحري", "الأبيض",
        "البيضاء", "إكس", "قم", "الزاوية", "ديلي", "المنفى", "الصعيد", "القائم", "الجليل", "بنا", "مالية", "أب", "إبل",
        "سلام", "عون", "بري", "البرهان", "الشرع", "السوداني", "المالكي", "الصدر", "عباس", "ظريف", "البغدادي", "المشاط",
        "الحوثي", "بارزاني", "العبادي", "العليمي", "الزبيدي", "البوسعيدي", "ماسك",
    ];

    private static readonly Dictionary<string, string[]> KindsByType = new(StringComparer.Ordinal)
    {
        ["place"] = ["country", "capital", "city", "region"],
        ["organization"] =
        [
            "international", "coalition", "judiciary", "legislature", "government", "presidency", "ministry", "military",
            "security", "central-bank", "news-agency", "media", "party", "armed-group", "ngo", "company", "religious",
        ],
        ["person"] = ["head-of-state", "head-of-government", "foreign-minister", "minister", "official", "leader", "former"],
    };

    private static IReadOnlyList<StarterActor> Actors => RegistryFiles.Actors;

    [Fact]
    public void EveryEntryHasAnArabicNameAValidTypeAndAUniqueId()
    {
        Assert.All(Actors, a =>
        {
            Assert.False(string.IsNullOrWhiteSpace(a.NameAr), a.Id);
            Assert.Contains(a.Type, KindsByType.Keys);
        });
        Assert.Equal(Actors.Count, Actors.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void EveryEntryHasAKindOfItsTypeAndAnEnglishName()
    {
        Assert.All(Actors, a =>
        {
            Assert.True(a.Kind is not null && KindsByType[a.Type].Contains(a.Kind), $"{a.Id}: kind {a.Kind}");
            Assert.False(string.IsNullOrWhiteSpace(a.NameEn), a.Id);
        });
    }

    [Fact]
    public void EveryNameAndAliasIsWrittenInArabicLetters()
    {
        Assert.All(Actors.SelectMany(a => RegistryFiles.SurfaceForms(a).Select(form => (a.Id, Form: form))), p =>
            Assert.True(ArabicLetters().IsMatch(p.Form), $"{p.Id}: \"{p.Form}\""));
    }

    [Fact]
    public void NoAliasRepeatsTheCanonicalNameOrAnotherAliasOnceNormalised()
    {
        var repeats = Actors
            .SelectMany(a => RegistryFiles.SurfaceForms(a)
                .GroupBy(ArabicNormalizer.NormalizeForMatching, StringComparer.Ordinal)
                .Where(g => g.Count() > 1)
                .Select(g => $"{a.Id}: {string.Join(" = ", g)}"))
            .ToList();

        Assert.Empty(repeats);
    }

    [Fact]
    public void NoAliasNamesTwoActorsOfTheSameTypeUnlessSharedOnPurpose()
    {
        var allowed = SharedOnPurpose.Keys.Select(ArabicNormalizer.NormalizeForMatching).ToHashSet(StringComparer.Ordinal);

        var clashes = RegistryFiles.ByAlias(Actors)
            .Where(g => !allowed.Contains(g.Key))
            .SelectMany(g => g.GroupBy(a => a.Type, StringComparer.Ordinal)
                .Where(t => t.Count() > 1)
                .Select(t => $"{g.Key}: {string.Join(", ", t.Select(a => a.Id))}"))
            .ToList();

        Assert.Empty(clashes);
    }

    [Fact]
    public void EveryFormSharedOnPurposeReallyNamesTwoActorsOfOneType()
    {
        var byAlias = RegistryFiles.ByAlias(Actors);

        Assert.All(SharedOnPurpose.Keys, form =>
            Assert.Contains(byAlias[ArabicNormalizer.NormalizeForMatching(form)].GroupBy(a => a.Type), t => t.Count() == 2));
    }

    [Fact]
    public void CommonWordsAreNeverAliases()
    {
        var byAlias = RegistryFiles.ByAlias(Actors);

        Assert.All(CommonWords, word => Assert.Empty(byAlias[ArabicNormalizer.NormalizeForMatching(word)]));
    }

    [Fact]
    public void CountryCodesAreThoseOfRegisteredCountries()
    {
        var countries = Actors.Where(a => a.Kind == "country").Select(a => a.Country).ToHashSet(StringComparer.Ordinal);

        Assert.All(Actors.Where(a => a.Country is not null), a =>
            Assert.True(countries.Contains(a.Country) || a.Country == "EH", $"{a.Id}: {a.Country}"));
        Assert.All(Actors.Where(a => a.Type == "place" && a.Kind != "region"), a => Assert.NotNull(a.Country));
    }

    [Fact]
    public void AllUnMembersAndPalestineKosovoTaiwanAndTheVaticanAreCountries()
    {
        var countries = Actors.Where(a => a.Kind == "country").ToList();
        var expected = UnMembers.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Concat(["PS", "XK", "TW", "VA"]);

        Assert.Equal(193, UnMembers.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct().Count());
        Assert.Equal(expected.Order(StringComparer.Ordinal), countries.Select(c => c.Country!).Order(StringComparer.Ordinal));
        Assert.True(countries.Count >= 195);
        Assert.Contains(Actors, a => a.Id == "western-sahara" && a.Type == "place" && a.Country == "EH");
    }

    [Fact]
    public void EveryCountryButCityStatesAndIsraelHasOneCapital()
    {
        // Singapore, Monaco and the Vatican are their own capitals; Israel's claimed capital is not recognised by most
        // states, so القدس is filed under Palestine and تل أبيب is a city.
        string[] without = ["SG", "MC", "VA", "IL"];
        var capitals = Actors.Where(a => a.Kind == "capital").ToLookup(a => a.Country, StringComparer.Ordinal);

        Assert.All(Actors.Where(a => a.Kind == "country" && !without.Contains(a.Country)), c => Assert.Single(capitals[c.Country]));
    }

    [Fact]
    public void EveryArabLeagueMemberHasCapitalGovernmentForeignMinistryArmyAndHeadOfState()
    {
        var byId = Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);

        Assert.All(ArabLeague.Split(' '), cc =>
        {
            var prefix = cc.ToLowerInvariant();
            Assert.Contains(Actors, a => a.Kind == "capital" && a.Country == cc);
            Assert.Contains(Actors, a => a.Type == "person" && a.Kind == "head-of-state" && a.Country == cc);
            foreach (var (slot, kind) in new[] { ("government", "government"), ("foreign-ministry", "ministry"), ("army", "military") })
            {
                Assert.True(byId.TryGetValue($"{prefix}-{slot}", out var body), $"{prefix}-{slot}");
                Assert.Equal((kind, cc, "organization"), (body.Kind, body.Country, body.Type));
            }
        });
    }

    [Fact]
    public void EveryPersonHasGenderRoleAndTheYearTheRoleWasChecked()
    {
        Assert.All(Actors.Where(a => a.Type == "person"), p =>
        {
            Assert.True(p.Gender is "m" or "f", p.Id);
            Assert.False(string.IsNullOrWhiteSpace(p.Role), p.Id);
            Assert.InRange(p.AsOf ?? 0, 2000, 2100);
        });
        Assert.All(Actors.Where(a => a.Type != "person"), a => Assert.Null(a.AsOf));
    }

    [Fact]
    public void EveryOrganisationHasAGrammaticalGender()
    {
        Assert.All(Actors.Where(a => a.Type == "organization"), o => Assert.True(o.Gender is "m" or "f", o.Id));
    }

    [Theory]
    [InlineData("وزارة الخارجية العراقية", "f")]
    [InlineData("وكالة الأنباء السعودية", "f")]
    [InlineData("حركة حماس", "f")]
    [InlineData("الجيش العراقي", "m")]
    [InlineData("حزب الله", "m")]
    [InlineData("مجلس الأمن الدولي", "m")]
    [InlineData("رويترز", "f")]
    [InlineData("داعش", "m")]
    public void OrganisationsAgreeWithTheGenderOfTheirHeadNoun(string name, string gender)
    {
        Assert.Equal(gender, Find(name, "organization").Gender);
    }

    [Theory]
    [InlineData("العراق", "place", "country")]
    [InlineData("بغداد", "place", "capital")]
    [InlineData("بروكسل", "place", "capital")]
    [InlineData("كركوك", "place", "city")]
    [InlineData("حلف شمال الأطلسي", "organization", "international")]
    [InlineData("التحالف الدولي", "organization", "coalition")]
    [InlineData("داعش", "organization", "armed-group")]
    [InlineData("الحكومة العراقية", "organization", "government")]
    [InlineData("وزارة الداخلية العراقية", "organization", "ministry")]
    public void TheSeedArticleActorsAreFoundByTheirSurfaceForms(string form, string type, string kind)
    {
        var actor = Find(form, type);

        Assert.Equal(kind, actor.Kind);
    }

    [Fact]
    public void SurfaceVariantsOfOneActorLeadToTheSameActor()
    {
        Assert.Equal("nato", Find("الناتو", "organization").Id);
        Assert.Equal("nato", Find("منظمة حلف شمال الأطلسي", "organization").Id);
        Assert.Equal("nato", Find("حلف شمال الاطلسي", "organization").Id);
        Assert.Equal("isis", Find("تنظيم داعش", "organization").Id);
        Assert.Equal("isis", Find("تنظيم الدولة الإسلامية", "organization").Id);
        Assert.Equal("united-states", Find("أميركا", "place").Id);
        Assert.Equal("united-states", Find("أمريكا", "place").Id);
        Assert.Equal("syria", Find("سورية", "place").Id);
        Assert.Equal("saudi-arabia", Find("السعودية", "place").Id);
        Assert.Equal("donald-trump", Find("ترمب", "person").Id);
        Assert.Equal("houthis", Find("الحوثيون", "organization").Id);
    }

    [Theory]
    [InlineData("الكويت", "country", "مدينة الكويت")]
    [InlineData("تونس", "country", "تونس العاصمة")]
    [InlineData("الجزائر", "country", "الجزائر العاصمة")]
    [InlineData("جيبوتي", "country", "مدينة جيبوتي")]
    [InlineData("بنما", "country", "مدينة بنما")]
    public void ACountryKeepsTheBareNameItSharesWithItsCapital(string bare, string kind, string capital)
    {
        var country = Find(bare, "place");

        Assert.Equal(kind, country.Kind);
        Assert.Equal(("capital", country.Country), (Find(capital, "place").Kind, Find(capital, "place").Country));
    }

    [Fact]
    public void GazaAloneMeansTheStripAndTripoliAloneMeansTheLibyanCapital()
    {
        Assert.Equal("ps-gaza-strip", Find("غزة", "place").Id);
        Assert.Equal("ps-gaza-city", Find("مدينة غزة", "place").Id);
        Assert.Equal(("capital", "LY"), (Find("طرابلس", "place").Kind, Find("طرابلس", "place").Country));
        Assert.Equal(("city", "LB"), (Find("طرابلس اللبنانية", "place").Kind, Find("طرابلس الشام", "place").Country));
    }

    private static StarterActor Find(string form, string type)
    {
        var matches = RegistryFiles.ByAlias(Actors)[ArabicNormalizer.NormalizeForMatching(form)].Where(a => a.Type == type).ToList();
        Assert.True(matches.Count == 1, $"\"{form}\" names {matches.Count} actors of type {type}");
        return matches[0];
    }

    [GeneratedRegex(@"\p{IsArabic}")]
    private static partial Regex ArabicLetters();
}
