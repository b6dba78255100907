namespace MediaMonitor.Core.Demo;

internal enum RoleKind
{
    HeadOfState,
    PrimeMinister,
    ForeignMinister,
    InteriorMinister,
    FinanceMinister,
    EnergyMinister,
    HealthMinister,
    Spokesperson,
    CultureMinister,
    CommunicationsMinister,
    CentralBankGovernor,
    ArmySpokesperson,
    SecretaryGeneral,
    Envoy,
    GroupLeader,
    ReliefChief,
    TechChief,
    CyberChief,
    FederationHead,
    NationalCoach,
    ClubCoach,
    FestivalDirector,
    MuseumDirector,
    Novelist,
}

internal enum OrgKind
{
    Government,
    ForeignMinistry,
    InteriorMinistry,
    FinanceMinistry,
    EnergyMinistry,
    HealthMinistry,
    Army,
    Parliament,
    CentralBank,
    Party,
    RegionalOrganisation,
    ArmedGroup,
    NewArmedGroup,
    ReliefAgency,
    EpidemicCentre,
    OilCompany,
    TechCompany,
    CyberAuthority,
    StockExchange,
    DevelopmentFund,
    FootballFederation,
    NationalTeam,
    Club,
    Festival,
    Museum,
}

/// <summary>A fictional country; adjectives are built from <see cref="AdjectiveStem"/> ("نوري" → النوري/النورية).</summary>
internal sealed record WorldCountry(
    string Key,
    string Name,
    string FullName,
    string EnglishName,
    string EnglishFullName,
    string Demonym,
    string AdjectiveStem,
    string Capital,
    string CapitalEnglish,
    string[] Cities,
    string[] CitiesEnglish,
    string Party,
    string PartyEnglish,
    bool PartyFeminine,
    bool IsKingdom)
{
    public string AdjM { get; } = "ال" + AdjectiveStem;
    public string AdjF { get; } = "ال" + AdjectiveStem + "ة";
    public string AdjFIndefinite { get; } = AdjectiveStem + "ة";

    /// <summary>The party as news copy writes it: حزب «الجسر الوطني».</summary>
    public string PartyQuoted { get; } = Party[..Party.IndexOf(' ', StringComparison.Ordinal)] + " «" + Party[(Party.IndexOf(' ', StringComparison.Ordinal) + 1)..] + "»";
}

/// <param name="Title">How the text introduces the person before their name ("وزيرة الخارجية النورية").</param>
/// <param name="Surname">Short mention after the first one.</param>
/// <param name="RetiresInLastDays">Replaced by someone else this many days before the end date.</param>
internal sealed record WorldPerson(
    DemoActor Actor,
    RoleKind Role,
    int Country,
    string Title,
    string[] FullMentions,
    string Surname,
    bool Feminine,
    int Club,
    int? RetiresInLastDays)
{
    public bool IsActive(int daysBeforeEnd) =>
        (Actor.EmergesInLastDays is not { } emerges || daysBeforeEnd < emerges)
        && (RetiresInLastDays is not { } retires || daysBeforeEnd >= retires);
}

/// <param name="Mentions">Forms that read well as the subject of a sentence; all are the canonical name or an alias.</param>
internal sealed record WorldOrg(DemoActor Actor, OrgKind Kind, int Country, bool Feminine, string[] Mentions);

/// <param name="Short">The name sports copy uses ("شهب مرجانة"), an alias of the club.</param>
internal sealed record WorldClub(string Short, int Country);

internal sealed record WorldOutlet(DemoOutlet Outlet, int Country, int Volume, int[] CategoryWeights, string[] Journalists);

/// <summary>
/// The fictional world of the demo corpus: six countries around an invented sea, their office holders,
/// institutions and places, a regional league, two armed groups, clubs, outlets and agencies.
/// Every name here is invented; none is meant to denote a real person, place or organisation.
/// </summary>
internal static class DemoWorld
{
    public const string Sea = "بحر اللازورد";
    public const string RegionalOrganisation = "رابطة دول بحر اللازورد";
    public const string RegionalOrganisationShort = "رابطة اللازورد";
    public const string ArmedGroupShort = "الفجر الرمادي";
    public const string NewArmedGroup = "كتائب الضباب";
    public const string ReliefAgency = "هيئة الغيث للإغاثة";

    public static readonly WorldCountry[] Countries =
    [
        new("nuria", "نوريا", "جمهورية نوريا", "Nuria", "Republic of Nuria", "Nurian", "نوري",
            "مرجانة", "Marjana", ["رأس الفيروز", "تل الياسمين"], ["Ras al-Fayruz", "Tall al-Yasmin"],
            "حزب الجسر الوطني", "National Bridge Party", false, false),
        new("almasia", "ألماسيا", "جمهورية ألماسيا", "Almasia", "Republic of Almasia", "Almasian", "ألماسي",
            "أرجوانة", "Arjuwana", ["وادي الغيم", "بئر اللؤلؤ"], ["Wadi al-Ghaym", "Bir al-Lulu"],
            "حزب القنديل", "Lantern Party", false, false),
        new("tayfan", "طيفان", "مملكة طيفان", "Tayfan", "Kingdom of Tayfan", "Tayfani", "طيفاني",
            "قصر الندى", "Qasr al-Nada", ["ميناء الصدف", "حصن العقيق"], ["Mina al-Sadaf", "Hisn al-Aqiq"],
            "تيار الواحة", "Oasis Current", false, true),
        new("zanbaqia", "زنبقيا", "جمهورية زنبقيا الاتحادية", "Zanbaqia", "Federal Republic of Zanbaqia", "Zanbaqian", "زنبقي",
            "نيلوفرة", "Nilufara", ["عين الزعفران", "كثبان الفضة"], ["Ayn al-Zafaran", "Kuthban al-Fidda"],
            "حزب السنبلة", "Wheat-Ear Party", false, false),
        new("azuran", "أزوران", "جمهورية أزوران", "Azuran", "Republic of Azuran", "Azurani", "أزوراني",
            "قرطاسة", "Qirtasa", ["مرفأ الريحان", "سهل الخزف"], ["Marfa al-Rayhan", "Sahl al-Khazaf"],
            "حزب المرساة", "Anchor Party", false, false),
        new("bilsan", "بيلسان", "جمهورية بيلسان", "Bilsan", "Republic of Bilsan", "Bilsani", "بيلساني",
            "زمردة", "Zumurruda", ["شاطئ النرجس", "هضبة الصنوبر"], ["Shati al-Narjis", "Hadbat al-Sanawbar"],
            "حزب الشراع الجديد", "New Sail Party", false, false),
    ];

    public static readonly WorldClub[] Clubs =
    [
        new("شهب مرجانة", 0),
        new("أمواج أرجوانة", 1),
        new("فرسان قصر الندى", 2),
        new("نجوم نيلوفرة", 3),
    ];

    private const int Nuria = 0, Almasia = 1, Tayfan = 2, Zanbaqia = 3, Azuran = 4, Bilsan = 5, Regional = -1;
    private const bool M = false, F = true;

    public static readonly WorldPerson[] People =
    [
        P(Nuria, RoleKind.HeadOfState, "سليم ناصر الأيكي", "Salim Nasser al-Ayki", M, alias: "سليم الأيكي"),
        P(Nuria, RoleKind.PrimeMinister, "هشام اللوزي", "Hisham al-Lawzi", M),
        P(Nuria, RoleKind.ForeignMinister, "ليلى الزيزفوني", "Layla al-Zayzafuni", F),
        P(Nuria, RoleKind.InteriorMinister, "عادل الصفصافي", "Adel al-Safsafi", M, retires: 6),
        P(Nuria, RoleKind.InteriorMinister, "سلاف القرمزي", "Sulaf al-Qirmizi", F, emerges: 6),
        P(Nuria, RoleKind.FinanceMinister, "مازن القرنفلي", "Mazen al-Qaranfuli", M),
        P(Nuria, RoleKind.EnergyMinister, "جواد البنفسجي", "Jawad al-Banafsaji", M),
        P(Nuria, RoleKind.HealthMinister, "هالة الخزامي", "Hala al-Khuzami", F),
        P(Nuria, RoleKind.Spokesperson, "طارق الجزعي", "Tariq al-Jaz'i", M),
        P(Nuria, RoleKind.CentralBankGovernor, "بشير العوسجي", "Bashir al-Awsaji", M),
        P(Nuria, RoleKind.CultureMinister, "باسل القيصومي", "Basil al-Qaysumi", M),

        P(Almasia, RoleKind.HeadOfState, "نادية الكهرماني", "Nadia al-Kahramani", F),
        P(Almasia, RoleKind.PrimeMinister, "وليد النعناعي", "Walid al-Na'na'i", M),
        P(Almasia, RoleKind.ForeignMinister, "فارس منير الحرملي", "Fares Munir al-Harmali", M, alias: "فارس الحرملي"),
        P(Almasia, RoleKind.InteriorMinister, "حازم الياقوتي", "Hazem al-Yaquti", M),
        P(Almasia, RoleKind.FinanceMinister, "ريم السوسني", "Reem al-Sawsani", F),
        P(Almasia, RoleKind.EnergyMinister, "نبيل الرماني", "Nabil al-Rummani", M),
        P(Almasia, RoleKind.HealthMinister, "غسان الليموني", "Ghassan al-Laymuni", M),
        P(Almasia, RoleKind.Spokesperson, "رنا العاجي", "Rana al-Aji", F),
        P(Almasia, RoleKind.FederationHead, "حمدي القيقبي", "Hamdi al-Qayqabi", M,
            title: "رئيس الاتحاد الألماسي لكرة القدم", roleText: "رئيس الاتحاد الألماسي لكرة القدم"),
        P(Almasia, RoleKind.NationalCoach, "رؤوف الجميزي", "Raouf al-Jummayzi", M,
            title: "مدرب المنتخب الألماسي", roleText: "المدير الفني للمنتخب الألماسي لكرة القدم"),
        P(Almasia, RoleKind.FestivalDirector, "نور المرجي", "Nour al-Marji", F,
            title: "مديرة مهرجان أرجوانة السينمائي", roleText: "مديرة مهرجان أرجوانة السينمائي"),
        P(Almasia, RoleKind.MuseumDirector, "فادي الخشخاشي", "Fadi al-Khashkhashi", M,
            title: "مدير متحف أرجوانة الوطني", roleText: "مدير متحف أرجوانة الوطني"),

        P(Tayfan, RoleKind.HeadOfState, "الملك نوفل الأول", "King Nawfal I", M,
            aliases: ["نوفل الأول", "الملك نوفل"], surname: "الملك نوفل"),
        P(Tayfan, RoleKind.PrimeMinister, "أنور الطحلبي", "Anwar al-Tuhlubi", M),
        P(Tayfan, RoleKind.ForeignMinister, "بسام الأقحواني", "Bassam al-Uqhuwani", M),
        P(Tayfan, RoleKind.InteriorMinister, "ماهر العرموطي", "Maher al-Armuti", M),
        P(Tayfan, RoleKind.FinanceMinister, "سوسن النخيلي", "Sawsan al-Nukhayli", F),
        P(Tayfan, RoleKind.EnergyMinister, "رياض الزنجبيلي", "Riyad al-Zanjabili", M),
        P(Tayfan, RoleKind.HealthMinister, "سامر الأترجي", "Samer al-Utrujji", M),
        P(Tayfan, RoleKind.Spokesperson, "زياد التوتي", "Ziad al-Tuti", M),
        P(Tayfan, RoleKind.ArmySpokesperson, "صخر السفرجلي", "Sakhr al-Safarjali", M),

        P(Zanbaqia, RoleKind.HeadOfState, "منير الكستنائي", "Munir al-Kastana'i", M),
        P(Zanbaqia, RoleKind.PrimeMinister, "دانة الجلناري", "Dana al-Julnari", F),
        P(Zanbaqia, RoleKind.ForeignMinister, "عصام السماقي", "Issam al-Summaqi", M),
        P(Zanbaqia, RoleKind.InteriorMinister, "مراد الحبقي", "Murad al-Habaqi", M),
        P(Zanbaqia, RoleKind.FinanceMinister, "شادي الشعيري", "Shadi al-Shu'ayri", M),
        P(Zanbaqia, RoleKind.EnergyMinister, "لمى البابونجي", "Lama al-Babunaji", F),
        P(Zanbaqia, RoleKind.HealthMinister, "كريم الشمعداني", "Karim al-Sham'adani", M),
        P(Zanbaqia, RoleKind.Spokesperson, "يوسف الفستقي", "Yousef al-Fustuqi", M),
        P(Zanbaqia, RoleKind.CommunicationsMinister, "ريما الفلفلي", "Rima al-Fulfuli", F),

        P(Azuran, RoleKind.HeadOfState, "إياد البلوطي", "Iyad al-Ballouti", M),
        P(Azuran, RoleKind.PrimeMinister, "فراس الصندلي", "Firas al-Sandali", M),
        P(Azuran, RoleKind.ForeignMinister, "منى الرخامي", "Muna al-Rukhami", F),
        P(Azuran, RoleKind.InteriorMinister, "قيس المشمشي", "Qais al-Mishmishi", M),
        P(Azuran, RoleKind.FinanceMinister, "جميل الدراقي", "Jamil al-Durraqi", M),
        P(Azuran, RoleKind.EnergyMinister, "وداد الخوخي", "Widad al-Khukhi", F),
        P(Azuran, RoleKind.HealthMinister, "نزار الكمثري", "Nizar al-Kummathri", M),
        P(Azuran, RoleKind.Spokesperson, "سهى المرمري", "Suha al-Marmari", F),

        P(Bilsan, RoleKind.HeadOfState, "رامي الحنائي", "Rami al-Hinna'i", M),
        P(Bilsan, RoleKind.PrimeMinister, "عمر الأثلي", "Omar al-Athli", M),
        P(Bilsan, RoleKind.ForeignMinister, "خالد الغاري", "Khaled al-Ghari", M),
        P(Bilsan, RoleKind.InteriorMinister, "صالح الجوري", "Saleh al-Juri", M),
        P(Bilsan, RoleKind.FinanceMinister, "هيفاء العليقي", "Haifa al-Ulayqi", F),
        P(Bilsan, RoleKind.EnergyMinister, "ثامر الطرخوني", "Thamer al-Tarkhuni", M),
        P(Bilsan, RoleKind.HealthMinister, "وفاء المخملي", "Wafa al-Makhmali", F),
        P(Bilsan, RoleKind.Spokesperson, "أيمن النيلجي", "Ayman al-Nilaji", M),
        P(Bilsan, RoleKind.Novelist, "جمانة الشذابي", "Jumana al-Shadhabi", F,
            title: "الروائية البيلسانية", roleText: "روائية من جمهورية بيلسان"),
        P(Bilsan, RoleKind.CyberChief, "كنان الزرزوري", "Kinan al-Zarzuri", M,
            title: "رئيس الهيئة البيلسانية للأمن السيبراني", roleText: "رئيس الهيئة البيلسانية للأمن السيبراني"),

        P(Regional, RoleKind.SecretaryGeneral, "عبد الرحيم الأبنوسي", "Abdelrahim al-Abanusi", M,
            title: "الأمين العام لرابطة دول بحر اللازورد", roleText: "الأمين العام لرابطة دول بحر اللازورد"),
        P(Regional, RoleKind.Envoy, "نوال الكافوري", "Nawal al-Kafuri", F, emerges: 8,
            title: "المبعوثة الخاصة لرابطة دول بحر اللازورد", roleText: "المبعوثة الخاصة لرابطة دول بحر اللازورد"),
        P(Regional, RoleKind.GroupLeader, "أبو سهيل الخيزراني", "Abu Suhail al-Khayzarani", M,
            aliases: ["أبو سهيل", "الخيزراني"], title: "زعيم جماعة الفجر الرمادي", roleText: "زعيم جماعة الفجر الرمادي المسلحة"),
        P(Regional, RoleKind.ReliefChief, "سناء الدفلي", "Sana al-Difli", F,
            title: "رئيسة هيئة الغيث للإغاثة", roleText: "رئيسة هيئة الغيث للإغاثة"),
        P(Regional, RoleKind.TechChief, "وسيم الوزالي", "Wassim al-Wazzali", M,
            title: "الرئيس التنفيذي لشركة نبراس للتقنيات", roleText: "الرئيس التنفيذي لشركة نبراس للتقنيات"),

        P(Nuria, RoleKind.ClubCoach, "ياسر الطرفاوي", "Yasser al-Tarfawi", M, club: 0,
            title: "مدرب شهب مرجانة", roleText: "المدير الفني لنادي شهب مرجانة"),
        P(Almasia, RoleKind.ClubCoach, "سيف الحوذاني", "Saif al-Hawdhani", M, club: 1,
            title: "مدرب أمواج أرجوانة", roleText: "المدير الفني لنادي أمواج أرجوانة"),
        P(Tayfan, RoleKind.ClubCoach, "ممدوح الدلبي", "Mamdouh al-Dulbi", M, club: 2,
            title: "مدرب فرسان قصر الندى", roleText: "المدير الفني لنادي فرسان قصر الندى"),
        P(Zanbaqia, RoleKind.ClubCoach, "عماد الشيحي", "Imad al-Shihi", M, club: 3,
            title: "مدرب نجوم نيلوفرة", roleText: "المدير الفني لنادي نجوم نيلوفرة"),
    ];

    public static readonly WorldOrg[] Orgs = BuildOrgs();

    /// <summary>Places: per country the country itself, its capital and cities; then regional places.</summary>
    public static readonly DemoActor[] Places = BuildPlaces();

    public static readonly DemoActor[] Actors = [.. People.Select(p => p.Actor), .. Orgs.Select(o => o.Actor), .. Places];

    private static readonly WorldPerson[][] PeopleByRole = BuildPeopleByRole();

    /// <summary>[country][org kind] for the institutions every country has; null where a country lacks one.</summary>
    private static readonly WorldOrg?[][] OrgsByCountry = BuildOrgsByCountry();

    public static readonly WorldOutlet[] Outlets =
    [
        Outlet("al-ufuq", "صحيفة الأفق", "Al-Ufuq Daily", DemoOutletKind.Newspaper, Nuria, 8, General,
            ["هدى العطاري", "سامي الخياطي", "ريما القنواتي"]),
        Outlet("sada-al-hidab", "صحيفة صدى الهضاب", "Sada al-Hidab", DemoOutletKind.Newspaper, Almasia, 7, General,
            ["منذر الفخراني", "لينا الصباغي", "عامر النحاسي"]),
        Outlet("al-difaf", "جريدة الضفاف", "Al-Difaf", DemoOutletKind.Newspaper, Tayfan, 6, CultureLeaning,
            ["سلوى الزجاجي", "مهند الوراقي", "بشرى الحدادي"]),
        Outlet("al-majarra", "قناة المجرة الإخبارية", "Al-Majarra News Channel", DemoOutletKind.Television, Zanbaqia, 7, General,
            ["تامر الطحاني", "نسرين الشماعي", "جهاد البزاري"]),
        Outlet("al-mishkat", "شبكة المشكاة الإخبارية", "Al-Mishkat News Network", DemoOutletKind.Website, Azuran, 6, General,
            ["عبير القطان", "حسام الدباغ", "رشا الخزاف"]),
        Outlet("nabd-al-sahil", "موقع نبض الساحل", "Nabd al-Sahil", DemoOutletKind.Website, Bilsan, 5, General,
            ["أسامة الصيرفي", "ديما الفرا", "معاذ السراج"]),
        Outlet("al-bawsala", "مجلة البوصلة الاقتصادية", "Al-Bawsala Economic Review", DemoOutletKind.Magazine, Nuria, 3, Business,
            ["غادة المصفي", "وائل الصائغ", "رزان العطار"]),
        Outlet("al-mudarraj", "موقع المدرج الرياضي", "Al-Mudarraj Sport", DemoOutletKind.Website, Almasia, 4, Sport,
            ["أيهم الحصري", "جود النجار", "بلال الكحال"]),
        Outlet("sadim", "منصة سديم التقنية", "Sadim Tech", DemoOutletKind.Website, Zanbaqia, 2, Technology,
            ["تالا البيطار", "ليث السمان", "هبة الحمصاني"]),
        Outlet("lazuli-news-agency", "وكالة أنباء اللازورد", "Lazuli News Agency", DemoOutletKind.Agency, Regional, 14, General, []),
        Outlet("al-nawras-agency", "وكالة النورس للأنباء", "Al-Nawras News Agency", DemoOutletKind.Agency, Tayfan, 10, General, []),
        Outlet("almasian-news-agency", "وكالة الأنباء الألماسية", "Almasian News Agency", DemoOutletKind.Agency, Almasia, 8, General, []),
    ];

    public static readonly WorldOutlet[] Agencies = [.. Outlets.Where(o => o.Outlet.Kind == DemoOutletKind.Agency)];

    // Category order follows DemoPhrases.Categories: politics, diplomacy, economy, security, energy,
    // health, sport, culture, technology, humanitarian.
    private static int[] General => [18, 13, 14, 12, 8, 8, 10, 6, 6, 5];
    private static int[] CultureLeaning => [16, 12, 12, 10, 7, 8, 10, 14, 6, 5];
    private static int[] Business => [3, 3, 45, 0, 30, 2, 0, 0, 12, 0];
    private static int[] Sport => [0, 0, 0, 0, 0, 2, 95, 3, 0, 0];
    private static int[] Technology => [0, 0, 8, 4, 4, 4, 0, 10, 70, 0];

    public static WorldPerson[] PeopleWithRole(RoleKind role) => PeopleByRole[(int)role];

    /// <summary>An institution every country has (government, ministries, army, parliament, central bank, party).</summary>
    public static WorldOrg OrgOf(int country, OrgKind kind) =>
        OrgsByCountry[country][(int)kind] ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a per-country institution.");

    /// <summary>An institution that exists once in the world (the regional league, the relief agency, a club by index…).</summary>
    public static WorldOrg UniqueOrg(OrgKind kind) => UniqueOrgs[(int)kind];

    public static WorldOrg ClubOrg(int club) => ClubOrgs[club];

    private static readonly WorldOrg[] UniqueOrgs = BuildUniqueOrgs();
    private static readonly WorldOrg[] ClubOrgs = [.. Orgs.Where(o => o.Kind == OrgKind.Club)];

    private static WorldPerson P(
        int country,
        RoleKind kind,
        string name,
        string english,
        bool feminine,
        string? alias = null,
        string[]? aliases = null,
        string? surname = null,
        string? title = null,
        string? roleText = null,
        int club = -1,
        int? emerges = null,
        int? retires = null)
    {
        var last = name[(name.LastIndexOf(' ') + 1)..];
        surname ??= last;
        aliases ??= alias is null ? [last] : [alias, last];
        string[] fullMentions = alias is null ? [name] : [name, alias];
        if (title is null || roleText is null)
        {
            var (t, r) = OfficeTitle(Countries[country], kind, feminine);
            title ??= t;
            roleText ??= r;
        }

        var actor = new DemoActor(
            Slug(english),
            name,
            english,
            DemoActorType.Person,
            aliases,
            feminine ? DemoGender.Feminine : DemoGender.Masculine,
            roleText,
            country >= 0 ? Countries[country].EnglishName : null,
            emerges);
        return new WorldPerson(actor, kind, country, title, fullMentions, surname, feminine, club, retires);
    }

    private static (string Title, string Role) OfficeTitle(WorldCountry c, RoleKind kind, bool f)
    {
        var (adj, full) = (f ? c.AdjF : c.AdjM, c.FullName);
        return kind switch
        {
            RoleKind.HeadOfState when c.IsKingdom => ("العاهل " + c.AdjM, "ملك " + full),
            RoleKind.HeadOfState => (f ? "الرئيسة " + adj : "الرئيس " + adj, (f ? "رئيسة " : "رئيس ") + full),
            RoleKind.PrimeMinister => ((f ? "رئيسة الوزراء " : "رئيس الوزراء ") + adj, (f ? "رئيسة وزراء " : "رئيس وزراء ") + full),
            RoleKind.ForeignMinister => (Minister(f) + " الخارجية " + adj, Minister(f) + " خارجية " + full),
            RoleKind.InteriorMinister => (Minister(f) + " الداخلية " + adj, Minister(f) + " داخلية " + full),
            RoleKind.FinanceMinister => (Minister(f) + " المالية " + adj, Minister(f) + " مالية " + full),
            RoleKind.EnergyMinister => (Minister(f) + " الطاقة " + adj, Minister(f) + " الطاقة في " + full),
            RoleKind.HealthMinister => (Minister(f) + " الصحة " + adj, Minister(f) + " الصحة في " + full),
            RoleKind.CultureMinister => (Minister(f) + " الثقافة " + adj, Minister(f) + " الثقافة في " + full),
            RoleKind.CommunicationsMinister => (Minister(f) + " الاتصالات " + adj, Minister(f) + " الاتصالات في " + full),
            // "الحكومة" is feminine whoever speaks for it.
            RoleKind.Spokesperson => ((f ? "المتحدثة باسم الحكومة " : "المتحدث باسم الحكومة ") + c.AdjF,
                (f ? "المتحدثة الرسمية باسم حكومة " : "المتحدث الرسمي باسم حكومة ") + full),
            RoleKind.CentralBankGovernor => ("محافظ البنك المركزي " + c.AdjM, "محافظ البنك المركزي في " + full),
            RoleKind.ArmySpokesperson => ("المتحدث باسم الجيش " + c.AdjM + " العميد", "المتحدث الرسمي باسم الجيش " + c.AdjM),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "This role needs an explicit title."),
        };

        static string Minister(bool f) => f ? "وزيرة" : "وزير";
    }

    private static WorldOrg[] BuildOrgs()
    {
        var orgs = new List<WorldOrg>();
        for (var i = 0; i < Countries.Length; i++)
        {
            var c = Countries[i];
            orgs.Add(Org(i, OrgKind.Government, "الحكومة " + c.AdjF, $"Government of {c.EnglishFullName}", F, ["حكومة " + c.Name]));
            orgs.Add(Org(i, OrgKind.ForeignMinistry, "وزارة الخارجية " + c.AdjF, $"{c.Demonym} Ministry of Foreign Affairs", F,
                ["الخارجية " + c.AdjF, "وزارة خارجية " + c.Name]));
            orgs.Add(Org(i, OrgKind.InteriorMinistry, "وزارة الداخلية " + c.AdjF, $"{c.Demonym} Ministry of Interior", F, ["الداخلية " + c.AdjF]));
            orgs.Add(Org(i, OrgKind.FinanceMinistry, "وزارة المالية " + c.AdjF, $"{c.Demonym} Ministry of Finance", F, []));
            orgs.Add(Org(i, OrgKind.EnergyMinistry, "وزارة الطاقة " + c.AdjF, $"{c.Demonym} Ministry of Energy", F, []));
            orgs.Add(Org(i, OrgKind.HealthMinistry, "وزارة الصحة " + c.AdjF, $"{c.Demonym} Ministry of Health", F, []));
            orgs.Add(Org(i, OrgKind.Army, "الجيش " + c.AdjM, $"{c.Demonym} Army", M, ["جيش " + c.Name]));
            orgs.Add(Org(i, OrgKind.Parliament, "البرلمان " + c.AdjM, $"Parliament of {c.EnglishName}", M, ["برلمان " + c.Name]));
            orgs.Add(Org(i, OrgKind.CentralBank, "البنك المركزي " + c.AdjM, $"Central Bank of {c.EnglishName}", M,
                ["بنك " + c.Name + " المركزي", "المركزي " + c.AdjM]));
            orgs.Add(Org(i, OrgKind.Party, c.Party, c.PartyEnglish, c.PartyFeminine, [c.Party[(c.Party.IndexOf(' ', StringComparison.Ordinal) + 1)..]]));
        }

        orgs.Add(Org(Regional, OrgKind.RegionalOrganisation, RegionalOrganisation, "League of Lazuli Sea States", F, [RegionalOrganisationShort]));
        orgs.Add(Org(Regional, OrgKind.ArmedGroup, "جماعة الفجر الرمادي", "Grey Dawn group", F, [ArmedGroupShort, "تنظيم الفجر الرمادي"],
            "جماعة مسلحة تنشط في المناطق الحدودية"));
        orgs.Add(Org(Regional, OrgKind.NewArmedGroup, NewArmedGroup, "Fog Brigades", F, [], "جماعة مسلحة ظهرت حديثا", emerges: 4));
        orgs.Add(Org(Regional, OrgKind.ReliefAgency, ReliefAgency, "Al-Ghayth Relief Authority", F, ["هيئة الغيث"]));
        orgs.Add(Org(Regional, OrgKind.EpidemicCentre, "المركز الإقليمي لرصد الأوبئة", "Regional Centre for Epidemic Surveillance", M, []));
        orgs.Add(Org(Regional, OrgKind.DevelopmentFund, "صندوق اللازورد للتنمية", "Lazuli Development Fund", M, []));
        orgs.Add(Org(Regional, OrgKind.TechCompany, "شركة نبراس للتقنيات", "Nibras Technologies", F, ["نبراس"]));
        orgs.Add(Org(Tayfan, OrgKind.OilCompany, "شركة نفط طيفان الوطنية", "Tayfan National Oil Company", F, ["نفط طيفان"]));
        orgs.Add(Org(Bilsan, OrgKind.CyberAuthority, "الهيئة البيلسانية للأمن السيبراني", "Bilsani Cybersecurity Authority", F, []));
        orgs.Add(Org(Nuria, OrgKind.StockExchange, "بورصة مرجانة", "Marjana Stock Exchange", F, []));
        orgs.Add(Org(Almasia, OrgKind.FootballFederation, "الاتحاد الألماسي لكرة القدم", "Almasian Football Federation", M, []));
        orgs.Add(Org(Almasia, OrgKind.NationalTeam, "المنتخب الألماسي", "Almasia national football team", M, ["منتخب ألماسيا"]));
        orgs.Add(Org(Almasia, OrgKind.Festival, "مهرجان أرجوانة السينمائي", "Arjuwana Film Festival", M, ["مهرجان أرجوانة"]));
        orgs.Add(Org(Almasia, OrgKind.Museum, "متحف أرجوانة الوطني", "Arjuwana National Museum", M, []));
        string[] clubEnglish = ["Shuhub Marjana", "Amwaj Arjuwana", "Fursan Qasr al-Nada", "Nujum Nilufara"];
        for (var i = 0; i < Clubs.Length; i++)
        {
            orgs.Add(Org(Clubs[i].Country, OrgKind.Club, "نادي " + Clubs[i].Short, clubEnglish[i] + " Club", M, [Clubs[i].Short]));
        }

        return [.. orgs];
    }

    private static WorldOrg Org(int country, OrgKind kind, string name, string english, bool feminine, string[] aliases,
        string? role = null, int? emerges = null)
    {
        var actor = new DemoActor(
            Slug(english),
            name,
            english,
            DemoActorType.Organization,
            aliases,
            feminine ? DemoGender.Feminine : DemoGender.Masculine,
            role,
            country >= 0 ? Countries[country].EnglishName : null,
            emerges);
        // A bare party name ("الجسر الوطني") reads oddly as a subject; the canonical form is used instead.
        string[] mentions = kind == OrgKind.Party || aliases.Length == 0 ? [name] : [name, name, name, aliases[0]];
        return new WorldOrg(actor, kind, country, feminine, mentions);
    }

    private static DemoActor[] BuildPlaces()
    {
        var places = new List<DemoActor>();
        foreach (var c in Countries)
        {
            places.Add(Place(c.Name, c.EnglishName, [c.FullName], "دولة في منطقة بحر اللازورد", c.EnglishName));
            places.Add(Place(c.Capital, c.CapitalEnglish, [], "عاصمة " + c.FullName, c.EnglishName));
            for (var i = 0; i < c.Cities.Length; i++)
            {
                places.Add(Place(c.Cities[i], c.CitiesEnglish[i], [], "مدينة في " + c.FullName, c.EnglishName));
            }
        }

        places.Add(Place(Sea, "Lazuli Sea", [], "بحر تطل عليه دول الرابطة", null));
        places.Add(Place("حقل السراب النفطي", "Al-Sarab oil field", ["حقل السراب"], "حقل نفطي في مملكة طيفان", "Tayfan"));
        places.Add(Place("معبر الصوان", "Al-Sawwan crossing", [], "معبر حدودي بين نوريا وألماسيا", null));
        return [.. places];
    }

    private static DemoActor Place(string name, string english, string[] aliases, string role, string? country) =>
        new(Slug("place " + english), name, english, DemoActorType.Place, aliases, null, role, country);

    private static WorldPerson[][] BuildPeopleByRole()
    {
        var byRole = new WorldPerson[Enum.GetValues<RoleKind>().Length][];
        for (var r = 0; r < byRole.Length; r++)
        {
            byRole[r] = [.. People.Where(p => (int)p.Role == r)];
        }

        return byRole;
    }

    private static WorldOrg?[][] BuildOrgsByCountry()
    {
        var table = new WorldOrg?[Countries.Length][];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = new WorldOrg?[(int)OrgKind.Party + 1];
        }

        foreach (var org in Orgs.Where(o => o.Kind <= OrgKind.Party))
        {
            table[org.Country][(int)org.Kind] = org;
        }

        return table;
    }

    private static WorldOrg[] BuildUniqueOrgs()
    {
        var table = new WorldOrg[Enum.GetValues<OrgKind>().Length];
        foreach (var org in Orgs.Where(o => o.Kind > OrgKind.Party))
        {
            table[(int)org.Kind] ??= org;
        }

        return table;
    }

    private static WorldOutlet Outlet(string key, string name, string english, DemoOutletKind kind, int country, int volume,
        int[] categoryWeights, string[] journalists) =>
        new(new DemoOutlet(key, name, english, kind, country >= 0 ? Countries[country].Capital : Countries[0].Capital),
            country, volume, categoryWeights, journalists);

    private static string Slug(string english)
    {
        var chars = english.ToLowerInvariant().Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '-').ToArray();
        return new string(chars).Replace("--", "-", StringComparison.Ordinal).Trim('-');
    }
}
