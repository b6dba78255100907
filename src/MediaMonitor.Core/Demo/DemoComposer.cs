using System.Globalization;
using System.Text;
using MediaMonitor.Core.Ingestion;

namespace MediaMonitor.Core.Demo;

/// <summary>
/// Writes the demo corpus day by day, oldest first, from one seeded <see cref="Random"/>: the same options
/// always give the same articles. Memory stays flat: one reusable buffer, one day's slots at a time.
/// </summary>
/// <remarks>
/// Template slots: {C} {CF} {AM} {AF} {AMI} {AFI} {CAP} {CITY} {DIR} and the same prefixed with O for the other
/// country ({O} {OF} {OAM} {OAF} {OAFI} {OCAP}), {O2}; {ORG} {ORGS} {GRP} {SEA} {PARTY} {OP} {PRG} {PROJ} {INIT};
/// {CLUB} {CLUB2} {SC1} {SC2}; numbers {NUM} {NUM2} (11–99) {HUND} (110–990) {PCT} (1.1–9.9) {PCT2} (11–65)
/// {MIL} {BIL} {YEAR} {NEXTYEAR}; {DAY} {TIME} {SETTING}; speaker {ST} {SNAME} {SN}; issuer {ISS}; pools
/// {Q} {Q2} {CLAIM} {CLAIM2}; plus the story slots listed on <see cref="DemoStories"/>.
/// </remarks>
internal sealed class DemoComposer
{
    private const int Sport = 6, Security = 3;
    private const string UrlBase = "https://" + DemoCorpus.UrlHost + "/";

    // Local newsroom hours: quiet before dawn, busiest late morning.
    private static readonly double[] HourWeights =
        [0.35, 0.25, 0.18, 0.12, 0.12, 0.2, 0.45, 0.8, 1.3, 1.7, 1.9, 2.0, 2.0, 1.9, 1.8, 1.7, 1.6, 1.5, 1.45, 1.35, 1.2, 1.0, 0.75, 0.5];

    // Sunday first, as DayOfWeek; the region's weekend is Friday and Saturday.
    private static readonly double[] WeekdayWeights = [1.0, 1.0, 1.0, 1.0, 0.95, 0.55, 0.7];

    private static readonly TimeSpan Offset = TimeSpan.FromHours(3);

    private readonly DemoOptions options;
    private readonly Random rng;
    private readonly StringBuilder sb = new(4096);
    private readonly double[] outletCumulative;
    private readonly double hourTotal = HourWeights.Sum();
    private readonly int[] regularPerDay;
    private readonly StoryRun[] stories;

    // What the templates being rendered refer to.
    private WorldCountry c = DemoWorld.Countries[0];
    private WorldCountry o = DemoWorld.Countries[1];
    private WorldCountry o2 = DemoWorld.Countries[2];
    private int primary, other;
    private string primaryCity = "";
    private string city = "";
    private string dir = "";
    private CategoryPhrases phrases = DemoPhrases.Politics;
    private WorldPerson? subject;
    private WorldPerson? personB;
    private WorldOrg? issuer;
    private bool feminine;
    private int club1, club2, score1, score2;
    private string operation = "", programme = "", project = "", initiative = "";
    private DateOnly date;
    private long usedQuotes, usedClaims, usedBackgrounds;
    private int pendingQuote = -1;
    private WorldOutlet outlet = DemoWorld.Outlets[0];
    private string film = "", book = "";
    private StoryRun? story;
    private int storyOffset;

    public DemoComposer(DemoOptions options)
    {
        this.options = options;
        rng = new Random(options.Seed);
        outletCumulative = Cumulative(DemoWorld.Outlets.Select(x => (double)x.Volume).ToArray());
        stories = PlanStories();
        regularPerDay = AllocateRegular(options.Articles - stories.Sum(s => s.Reprints.Sum()));
    }

    public IEnumerable<ArticleDraft> Articles()
    {
        var seq = 0;
        var slots = new int[16];
        var times = new int[16];
        for (var d = 0; d < options.Days; d++)
        {
            var daysBeforeEnd = options.Days - 1 - d;
            var day = options.EndDate.AddDays(-daysBeforeEnd);
            var count = regularPerDay[d];
            foreach (var s in stories)
            {
                count += s.ReprintsOn(d);
            }

            if (count == 0)
            {
                continue;
            }

            if (slots.Length < count)
            {
                slots = new int[count];
                times = new int[count];
            }

            // Slot 0 = regular article; s*3+offset+1 = a reprint of story s on its offset-th day.
            var k = 0;
            for (var si = 0; si < stories.Length; si++)
            {
                var offset = d - stories[si].StartDay;
                for (var r = stories[si].ReprintsOn(d); r > 0; r--)
                {
                    slots[k++] = si * 3 + offset + 1;
                }
            }

            Array.Fill(slots, 0, k, count - k);
            rng.Shuffle(slots.AsSpan(0, count));
            for (var i = 0; i < count; i++)
            {
                times[i] = SampleHour() * 3600 + rng.Next(3600);
            }

            Array.Sort(times, 0, count);
            foreach (var s in stories)
            {
                s.Emitted = 0;
            }

            for (var i = 0; i < count; i++)
            {
                seq++;
                var t = times[i];
                var at = new DateTimeOffset(day.Year, day.Month, day.Day, t / 3600, t / 60 % 60, t % 60, Offset);
                date = day;
                if (slots[i] == 0)
                {
                    yield return Regular(seq, at, daysBeforeEnd);
                }
                else
                {
                    var s = stories[(slots[i] - 1) / 3];
                    yield return Reprint(seq, at, s, (slots[i] - 1) % 3, s.Emitted++);
                }
            }
        }
    }

    private ArticleDraft Regular(int seq, DateTimeOffset at, int daysBeforeEnd)
    {
        outlet = DemoWorld.Outlets[PickCumulative(outletCumulative)];
        var category = PickWeighted(outlet.CategoryWeights);
        phrases = DemoPhrases.All[category];
        story = null;
        var a = PickSpeaker(phrases.Speakers, outlet.Country, daysBeforeEnd, null);
        primary = a.Country >= 0 ? a.Country : outlet.Country >= 0 && rng.Next(2) == 0 ? outlet.Country : rng.Next(DemoWorld.Countries.Length);
        if (category == Sport)
        {
            club1 = a.Club >= 0 ? a.Club : rng.Next(DemoWorld.Clubs.Length);
            club2 = OtherThan(club1, DemoWorld.Clubs.Length);
            score1 = rng.Next(1, 5);
            score2 = rng.Next(score1);
            if (a.Country < 0 || a.Club >= 0)
            {
                primary = DemoWorld.Clubs[club1].Country;
            }
        }

        other = OtherThan(primary, DemoWorld.Countries.Length);
        var country = DemoWorld.Countries[primary];
        primaryCity = rng.Next(5) < 3 ? country.Capital : country.Cities[rng.Next(country.Cities.Length)];
        PickArticleNames();
        WorldPerson? b = rng.Next(4) == 0 ? null : PickSecond(a, daysBeforeEnd);
        issuer = PickIssuer();
        usedQuotes = usedClaims = usedBackgrounds = 0;
        pendingQuote = -1;

        SetSubject(a);
        var title = RegularTitle(a);

        sb.Clear();
        var isAgency = outlet.Outlet.Kind == DemoOutletKind.Agency;
        if (isAgency)
        {
            sb.Append(primaryCity).Append(" - (").Append(outlet.Outlet.ArabicName).Append(") - ");
        }

        var leadStart = sb.Length;
        var last = Last.None;
        var introduced = rng.Next(100) < 82;
        if (introduced)
        {
            Render(Pick(DemoPhrases.LeadFrames));
            last = Last.A;
        }
        else
        {
            RenderBackground();
            // Backgrounds continue a story ("وكان …"); as the opening sentence they lose the و.
            if (sb[leadStart] == 'و')
            {
                sb.Remove(leadStart, 1);
            }
        }

        var summary = sb.ToString(leadStart, sb.Length - leadStart);
        var paragraphs = ParagraphCount();
        var secondUsed = b is null;
        var statementUsed = false;
        var newGroupUsed = category != Security || !IsNewGroupActive(daysBeforeEnd);
        var lastKind = Paragraph.Background;
        for (var i = 1; i < paragraphs; i++)
        {
            sb.Append('\n');
            if (!introduced)
            {
                SetSubject(a);
                Render(Pick(DemoPhrases.FirstDirectFrames));
                MaybeTail(25);
                introduced = true;
                last = Last.A;
                continue;
            }

            if (i == paragraphs - 1 && rng.Next(2) == 0)
            {
                SetSubject(a);
                Render(Pick(phrases.Closers));
                continue;
            }

            var kind = ChooseParagraph(last, lastKind == Paragraph.Carry, secondUsed, statementUsed, newGroupUsed);
            lastKind = kind;
            switch (kind)
            {
                case Paragraph.Carry:
                    SetSubjectFor(last, a, b);
                    Render(Pick(DemoPhrases.CarryFrames));
                    break;
                case Paragraph.StatementCarry:
                    Render(Pick(DemoPhrases.StatementCarryFrames));
                    last = Last.None;
                    break;
                case Paragraph.Direct:
                    SetSubject(a);
                    Render(Pick(DemoPhrases.DirectFrames));
                    MaybeTail(25);
                    last = Last.A;
                    break;
                case Paragraph.SpeakerAfter:
                    SetSubject(a);
                    Render(Pick(DemoPhrases.SpeakerAfterFrames));
                    last = Last.A;
                    break;
                case Paragraph.Split:
                    SetSubject(a);
                    Render(Pick(DemoPhrases.SplitFrames));
                    last = Last.A;
                    break;
                case Paragraph.Indirect:
                    SetSubject(a);
                    Render(Pick(DemoPhrases.IndirectFrames));
                    last = Last.A;
                    break;
                case Paragraph.Second:
                    SetSubject(b!);
                    Render(Pick(DemoPhrases.SecondFrames));
                    MaybeTail(20);
                    secondUsed = true;
                    last = Last.B;
                    break;
                case Paragraph.Statement:
                    SetIssuer(issuer);
                    statementUsed = true;
                    if (rng.Next(2) == 0)
                    {
                        Render(Pick(DemoPhrases.IssuerStatementFrames));
                        last = Last.Issuer;
                    }
                    else
                    {
                        Render(Pick(DemoPhrases.TextStatementFrames));
                        last = Last.Statement;
                    }

                    break;
                case Paragraph.NewGroup:
                    SetSubject(a);
                    Render(Pick(DemoPhrases.NewGroupBackgrounds));
                    newGroupUsed = true;
                    last = Last.None;
                    break;
                default:
                    SetSubject(a);
                    RenderBackground();
                    last = Last.None;
                    break;
            }
        }

        var author = isAgency ? outlet.Outlet.ArabicName : Pick(outlet.Journalists);
        return Draft(seq, at, outlet, phrases.Category.Key, title, summary, author, primaryCity);
    }

    // Either a title from the pool or, as headlines often are, the speaker and the first clause of their quote.
    private string RegularTitle(WorldPerson a)
    {
        sb.Clear();
        if (rng.Next(100) >= 50)
        {
            Render(Pick(phrases.Titles));
            return sb.ToString();
        }

        pendingQuote = PickUnused(phrases.Quotes.Length, ref usedQuotes);
        Render(a.Role == RoleKind.ArmySpokesperson ? "{SN}: " : Pick(DemoPhrases.HeadlineSpeakers));
        var start = sb.Length;
        Render(phrases.Quotes[pendingQuote]);
        var title = sb.ToString();
        var comma = title.IndexOf('،', start);
        return comma > start + 12 ? title[..comma] : title;
    }

    private ArticleDraft Reprint(int seq, DateTimeOffset at, StoryRun s, int offset, int index)
    {
        Bind(s, offset);
        var first = index == 0;
        outlet = first ? s.Agency : s.Outlets[(index + offset * 5) % s.Outlets.Length];

        SetSubject(s.A);
        sb.Clear();
        var titles = offset == 0 ? s.Template.Titles : s.Template.FollowTitles;
        Render(titles[(index + offset) % titles.Length]);
        var title = sb.ToString();

        sb.Clear();
        var leadStart = 0;
        if (outlet.Outlet.Kind == DemoOutletKind.Agency)
        {
            sb.Append(city).Append(" - (").Append(outlet.Outlet.ArabicName).Append(") - ");
            leadStart = sb.Length;
            Render("{FACT}.");
        }
        else
        {
            Render(DemoStories.IntroFrames[index % DemoStories.IntroFrames.Length]);
        }

        var summary = sb.ToString(leadStart, sb.Length - leadStart);
        s.Core ??= RenderLines(s, s.Template.Core);
        sb.Append('\n').Append(s.Core);
        if (offset > 0)
        {
            s.FollowUp ??= RenderLines(s, s.Template.FollowUp);
            sb.Append('\n').Append(s.FollowUp);
        }

        var author = outlet.Outlet.Kind == DemoOutletKind.Agency ? outlet.Outlet.ArabicName
            : rng.Next(5) < 3 ? "وكالات" : Pick(outlet.Journalists);
        return Draft(seq, at, outlet, phrases.Category.Key, title, summary, author, city);
    }

    private ArticleDraft Draft(int seq, DateTimeOffset at, WorldOutlet outlet, string category, string title, string summary, string author, string dateline)
    {
        var body = sb.ToString();
        var url = string.Create(CultureInfo.InvariantCulture,
            $"{UrlBase}{outlet.Outlet.Key}/{category}/{at.Year:D4}/{at.Month:D2}/{at.Day:D2}/{seq}");
        return new ArticleDraft
        {
            Title = title,
            Body = body,
            Author = author,
            Source = outlet.Outlet.Source,
            Url = url,
            ExternalId = DemoCorpus.ExternalIdPrefix + seq.ToString("D6", CultureInfo.InvariantCulture),
            Category = category,
            Dateline = dateline,
            Summary = summary,
            PublishedAt = at,
            Origin = DemoCorpus.OriginPrefix + seq.ToString(CultureInfo.InvariantCulture),
        };
    }

    private string RenderLines(StoryRun s, StoryLine[] lines)
    {
        var start = sb.Length;
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                sb.Append('\n');
            }

            switch (lines[i].Subject)
            {
                case StorySubject.B:
                    SetSubject(s.B!);
                    break;
                case StorySubject.C:
                    SetSubject(s.C!);
                    break;
                case StorySubject.Issuer:
                    SetIssuer(s.Issuer!);
                    break;
                default:
                    SetSubject(s.A);
                    break;
            }

            Render(lines[i].Text);
        }

        var text = sb.ToString(start, sb.Length - start);
        sb.Length = start;
        SetSubject(s.A);
        return text;
    }

    private void Bind(StoryRun s, int offset)
    {
        story = s;
        storyOffset = offset;
        phrases = DemoPhrases.All[s.Template.Category];
        primary = s.Primary;
        other = s.Other;
        primaryCity = s.City;
        dir = s.Direction;
        club1 = s.Club1;
        club2 = s.Club2;
        score1 = s.Score1;
        score2 = s.Score2;
        issuer = s.Issuer;
        personB = s.B;
        operation = s.Operation;
        PickArticleNames(keepOperation: true);
    }

    private StoryRun[] PlanStories()
    {
        var days = options.Days;
        var perDay = (double)options.Articles / days;
        var budget = options.Articles;
        var runs = new StoryRun[DemoStories.All.Length];
        for (var i = 0; i < runs.Length; i++)
        {
            var t = DemoStories.All[i];
            var daysBeforeEnd = t.DaysBeforeEnd is { } fixedDay
                ? Math.Min(fixedDay, days - 1)
                : Math.Clamp(days - 1 - (int)Math.Round(t.Position * (days - 1)) + rng.Next(-2, 3), 0, days - 1);
            var run = new StoryRun(t, days - 1 - daysBeforeEnd);
            int[] planned =
            [
                Math.Clamp((int)Math.Round(perDay * 0.3), 4, DemoStories.MaxReprintsPerDay),
                Math.Clamp((int)Math.Round(perDay * 0.15), 2, 8),
                Math.Clamp((int)Math.Round(perDay * 0.08), 1, 5),
            ];
            for (var offset = 0; offset < 3 && run.StartDay + offset < days; offset++)
            {
                run.Reprints[offset] = Math.Min(planned[offset], budget);
                budget -= run.Reprints[offset];
            }

            Cast(run, daysBeforeEnd);
            runs[i] = run;
        }

        return runs;
    }

    private void Cast(StoryRun s, int daysBeforeEnd)
    {
        var n = DemoWorld.Countries.Length;
        s.Primary = rng.Next(n);
        s.Other = OtherThan(s.Primary, n);
        var country = DemoWorld.Countries[s.Primary];
        s.City = country.Cities[rng.Next(country.Cities.Length)];
        s.Direction = Pick(DemoPhrases.Directions);
        s.Operation = Pick(DemoPhrases.Operations);
        s.E1 = rng.Next(11, 41);
        s.E1Up = s.E1 + rng.Next(2, 9);
        s.E2 = rng.Next(11, 100);
        s.E3 = Hundreds();
        s.E4 = Decimal(rng.Next(12, 99));
        s.E5 = rng.Next(11, 100);
        switch (s.Template.Cast)
        {
            case StoryCast.Summit:
                s.City = country.Capital;
                s.A = DemoWorld.PeopleWithRole(RoleKind.SecretaryGeneral)[0];
                s.B = Holder(RoleKind.HeadOfState, s.Primary, daysBeforeEnd);
                s.C = Holder(RoleKind.ForeignMinister, s.Other, daysBeforeEnd);
                s.Issuer = DemoWorld.UniqueOrg(OrgKind.RegionalOrganisation);
                break;
            case StoryCast.Attack:
                s.A = Holder(RoleKind.InteriorMinister, s.Primary, daysBeforeEnd);
                s.B = Holder(RoleKind.HeadOfState, s.Primary, daysBeforeEnd);
                s.Issuer = DemoWorld.OrgOf(s.Primary, OrgKind.Army);
                break;
            case StoryCast.Pipeline:
                s.City = country.Capital;
                s.A = Holder(RoleKind.EnergyMinister, s.Primary, daysBeforeEnd);
                s.B = Holder(RoleKind.EnergyMinister, s.Other, daysBeforeEnd);
                s.Issuer = DemoWorld.OrgOf(s.Primary, OrgKind.EnergyMinistry);
                break;
            case StoryCast.Floods:
                s.A = DemoWorld.PeopleWithRole(RoleKind.ReliefChief)[0];
                s.B = Holder(RoleKind.HealthMinister, s.Primary, daysBeforeEnd);
                s.Issuer = DemoWorld.UniqueOrg(OrgKind.ReliefAgency);
                break;
            case StoryCast.CupFinal:
                s.Club1 = rng.Next(DemoWorld.Clubs.Length);
                // The final is played at the winner's home capital, which keeps {CAP} the same for coach and dateline.
                s.Primary = DemoWorld.Clubs[s.Club1].Country;
                s.Other = OtherThan(s.Primary, n);
                s.City = DemoWorld.Countries[s.Primary].Capital;
                s.Club2 = OtherThan(s.Club1, DemoWorld.Clubs.Length);
                s.Score1 = rng.Next(1, 5);
                s.Score2 = rng.Next(s.Score1);
                var coaches = DemoWorld.PeopleWithRole(RoleKind.ClubCoach);
                s.A = coaches.First(p => p.Club == s.Club1);
                s.B = coaches.First(p => p.Club == s.Club2);
                s.Issuer = DemoWorld.UniqueOrg(OrgKind.FootballFederation);
                break;
            case StoryCast.Reshuffle:
                // The reshuffle is the event that brings the new interior minister in.
                var outgoing = DemoWorld.People.First(p => p.Role == RoleKind.InteriorMinister && p.RetiresInLastDays is not null);
                s.Primary = outgoing.Country;
                s.Other = OtherThan(s.Primary, n);
                s.City = DemoWorld.Countries[s.Primary].Capital;
                s.A = Holder(RoleKind.InteriorMinister, s.Primary, daysBeforeEnd);
                s.B = Holder(RoleKind.HeadOfState, s.Primary, daysBeforeEnd);
                s.X1 = outgoing.Actor.ArabicName;
                s.Issuer = DemoWorld.OrgOf(s.Primary, OrgKind.Government);
                break;
            case StoryCast.NewGroup:
                s.A = Holder(RoleKind.InteriorMinister, s.Primary, daysBeforeEnd);
                s.Issuer = DemoWorld.UniqueOrg(OrgKind.NewArmedGroup);
                break;
        }

        var agencies = DemoWorld.Agencies;
        s.Agency = agencies[rng.Next(agencies.Length)];
        var outlets = DemoWorld.Outlets.Where(x => x.CategoryWeights[s.Template.Category] > 0 && x != s.Agency).ToArray();
        rng.Shuffle(outlets);
        s.Outlets = outlets;
    }

    private int[] AllocateRegular(int regular)
    {
        var days = options.Days;
        var weights = new double[days];
        for (var d = 0; d < days; d++)
        {
            var day = options.EndDate.AddDays(d - (days - 1));
            weights[d] = WeekdayWeights[(int)day.DayOfWeek] * (0.8 + 0.4 * rng.NextDouble());
        }

        var total = weights.Sum();
        var counts = new int[days];
        var remainders = new double[days];
        var assigned = 0;
        for (var d = 0; d < days; d++)
        {
            var exact = regular * weights[d] / total;
            counts[d] = (int)exact;
            remainders[d] = exact - counts[d];
            assigned += counts[d];
        }

        // Largest remainders take the leftover articles, so the total is exact.
        var order = Enumerable.Range(0, days).OrderByDescending(d => remainders[d]).ThenBy(d => d).ToArray();
        for (var i = 0; assigned < regular; i++, assigned++)
        {
            counts[order[i % days]]++;
        }

        return counts;
    }

    private Paragraph ChooseParagraph(Last last, bool afterCarry, bool secondUsed, bool statementUsed, bool newGroupUsed)
    {
        Span<double> w = stackalloc double[10];
        // A second "وأضاف" in a row is fine now and then, a chain of them reads like a template.
        w[(int)Paragraph.Carry] = last is Last.A or Last.B or Last.Issuer ? afterCarry ? 0.8 : 3.0 : 0;
        w[(int)Paragraph.StatementCarry] = last == Last.Statement ? 2.5 : 0;
        w[(int)Paragraph.Direct] = 1.6;
        w[(int)Paragraph.SpeakerAfter] = 1.0;
        w[(int)Paragraph.Split] = 1.0;
        w[(int)Paragraph.Indirect] = 1.0;
        w[(int)Paragraph.Second] = secondUsed ? 0 : 2.2;
        w[(int)Paragraph.Statement] = statementUsed ? 0 : 1.6;
        w[(int)Paragraph.Background] = 1.6;
        w[(int)Paragraph.NewGroup] = newGroupUsed ? 0 : 3.0;
        double total = 0;
        foreach (var x in w)
        {
            total += x;
        }

        var u = rng.NextDouble() * total;
        for (var i = 0; i < w.Length; i++)
        {
            u -= w[i];
            if (u < 0)
            {
                return (Paragraph)i;
            }
        }

        return Paragraph.Background;
    }

    private int ParagraphCount()
    {
        // 3–8 paragraphs, most often 5.
        ReadOnlySpan<int> weights = [10, 20, 25, 20, 15, 10];
        var u = rng.Next(100);
        for (var i = 0; i < weights.Length; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return i + 3;
            }
        }

        return 5;
    }

    private WorldPerson PickSpeaker(RoleKind[] roles, int preferredCountry, int daysBeforeEnd, WorldPerson? exclude)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var people = DemoWorld.PeopleWithRole(roles[rng.Next(roles.Length)]);
            var preferred = preferredCountry >= 0 && rng.Next(10) < 4 ? preferredCountry : -2;
            var pick = PickActive(people, daysBeforeEnd, exclude, preferred) ?? PickActive(people, daysBeforeEnd, exclude, -2);
            if (pick is not null)
            {
                return pick;
            }
        }

        return Holder(RoleKind.ForeignMinister, OtherThan(exclude?.Country ?? -1, DemoWorld.Countries.Length), daysBeforeEnd);
    }

    private WorldPerson? PickSecond(WorldPerson a, int daysBeforeEnd)
    {
        if (phrases.Category.Key == "sport")
        {
            return DemoWorld.PeopleWithRole(RoleKind.ClubCoach).First(p => p.Club == club2);
        }

        var role = phrases.SecondSpeakers[rng.Next(phrases.SecondSpeakers.Length)];
        var people = DemoWorld.PeopleWithRole(role);
        // Peers (two foreign ministers, two energy ministers) answer each other across borders; anyone else
        // speaks for the same country, or not at all.
        return role == a.Role
            ? PickActive(people, daysBeforeEnd, a, other) ?? PickActive(people, daysBeforeEnd, a, -2)
            : PickActive(people, daysBeforeEnd, a, primary);
    }

    private WorldPerson? PickActive(WorldPerson[] people, int daysBeforeEnd, WorldPerson? exclude, int country)
    {
        var n = 0;
        foreach (var p in people)
        {
            if (Eligible(p))
            {
                n++;
            }
        }

        if (n == 0)
        {
            return null;
        }

        var k = rng.Next(n);
        foreach (var p in people)
        {
            if (Eligible(p) && k-- == 0)
            {
                return p;
            }
        }

        return null;

        bool Eligible(WorldPerson p) =>
            p != exclude && p.IsActive(daysBeforeEnd) && (country == -2 || p.Country == country || p.Country < 0);
    }

    private static WorldPerson Holder(RoleKind role, int country, int daysBeforeEnd) =>
        DemoWorld.PeopleWithRole(role).First(p => p.Country == country && p.IsActive(daysBeforeEnd));

    private WorldOrg PickIssuer()
    {
        var kind = phrases.Issuers[rng.Next(phrases.Issuers.Length)];
        // Institutions tied to one country only issue statements in that country's stories.
        kind = kind switch
        {
            OrgKind.OilCompany when primary != DemoWorld.UniqueOrg(OrgKind.OilCompany).Country => OrgKind.EnergyMinistry,
            OrgKind.StockExchange when primary != DemoWorld.UniqueOrg(OrgKind.StockExchange).Country => OrgKind.CentralBank,
            OrgKind.CyberAuthority when primary != DemoWorld.UniqueOrg(OrgKind.CyberAuthority).Country => OrgKind.TechCompany,
            _ => kind,
        };
        return kind switch
        {
            <= OrgKind.Party => DemoWorld.OrgOf(primary, kind),
            OrgKind.Club => DemoWorld.ClubOrg(club1),
            _ => DemoWorld.UniqueOrg(kind),
        };
    }

    private static bool IsNewGroupActive(int daysBeforeEnd) =>
        DemoWorld.UniqueOrg(OrgKind.NewArmedGroup).Actor.EmergesInLastDays is { } days && daysBeforeEnd < days;

    private void PickArticleNames(bool keepOperation = false)
    {
        if (!keepOperation)
        {
            operation = Pick(DemoPhrases.Operations);
            dir = Pick(DemoPhrases.Directions);
        }

        programme = Pick(DemoPhrases.Programmes);
        project = Pick(ReferenceEquals(phrases, DemoPhrases.Energy) ? DemoPhrases.EnergyProjects : DemoPhrases.Projects);
        film = Pick(DemoPhrases.Films);
        book = Pick(DemoPhrases.Books);
        initiative = Pick(DemoPhrases.Initiatives);
        o2 = DemoWorld.Countries[ThirdCountry()];
    }

    private int ThirdCountry()
    {
        int x;
        do
        {
            x = rng.Next(DemoWorld.Countries.Length);
        }
        while (x == primary || x == other);
        return x;
    }

    // A speaker from another country than the story's speaks of their own country as {C}.
    private void SetSubject(WorldPerson person)
    {
        subject = person;
        feminine = person.Feminine;
        if (person.Country >= 0 && person.Country != primary)
        {
            c = DemoWorld.Countries[person.Country];
            o = DemoWorld.Countries[primary];
            city = c.Capital;
        }
        else
        {
            c = DemoWorld.Countries[primary];
            o = DemoWorld.Countries[other];
            city = primaryCity;
        }
    }

    private void SetIssuer(WorldOrg? org)
    {
        issuer = org;
        feminine = org?.Feminine ?? false;
        c = DemoWorld.Countries[primary];
        o = DemoWorld.Countries[other];
        city = primaryCity;
    }

    private void SetSubjectFor(Last last, WorldPerson a, WorldPerson? b)
    {
        switch (last)
        {
            case Last.B:
                SetSubject(b!);
                break;
            case Last.Issuer:
                SetIssuer(issuer);
                break;
            default:
                SetSubject(a);
                break;
        }
    }

    private void MaybeTail(int percent)
    {
        if (rng.Next(100) < percent)
        {
            Render(Pick(DemoPhrases.TailFrames));
        }
    }

    private void RenderBackground() => Render(phrases.Backgrounds[PickUnused(phrases.Backgrounds.Length, ref usedBackgrounds)]);

    private void Render(string template)
    {
        var i = 0;
        while (i < template.Length)
        {
            var j = template.AsSpan(i).IndexOfAny('{', '[');
            if (j < 0)
            {
                sb.Append(template, i, template.Length - i);
                return;
            }

            sb.Append(template, i, j);
            i += j;
            if (template[i] == '{')
            {
                var end = template.IndexOf('}', i);
                Slot(template.AsSpan(i + 1, end - i - 1));
                i = end + 1;
            }
            else
            {
                var bar = template.IndexOf('|', i);
                var end = template.IndexOf(']', bar);
                if (feminine)
                {
                    sb.Append(template, bar + 1, end - bar - 1);
                }
                else
                {
                    sb.Append(template, i + 1, bar - i - 1);
                }

                i = end + 1;
            }
        }
    }

    private void Slot(ReadOnlySpan<char> key)
    {
        switch (key)
        {
            case "C": sb.Append(c.Name); break;
            case "CF": sb.Append(c.FullName); break;
            case "AM": sb.Append(c.AdjM); break;
            case "AF": sb.Append(c.AdjF); break;
            case "AMI": sb.Append(c.AdjectiveStem); break;
            case "AFI": sb.Append(c.AdjFIndefinite); break;
            case "CAP": sb.Append(c.Capital); break;
            case "CITY": sb.Append(city); break;
            case "DIR": sb.Append(dir); break;
            case "O": sb.Append(o.Name); break;
            case "OF": sb.Append(o.FullName); break;
            case "OAM": sb.Append(o.AdjM); break;
            case "OAF": sb.Append(o.AdjF); break;
            case "OAFI": sb.Append(o.AdjFIndefinite); break;
            case "OCAP": sb.Append(o.Capital); break;
            case "O2": sb.Append(o2.Name); break;
            case "ORG": sb.Append(DemoWorld.RegionalOrganisation); break;
            case "ORGS": sb.Append(DemoWorld.RegionalOrganisationShort); break;
            case "GRP": sb.Append(DemoWorld.ArmedGroupShort); break;
            case "SEA": sb.Append(DemoWorld.Sea); break;
            case "PARTY": sb.Append(c.PartyQuoted); break;
            case "OP": sb.Append(operation); break;
            case "EOP": sb.Append(operation); break;
            case "PRG": sb.Append(programme); break;
            case "PROJ": sb.Append(project); break;
            case "INIT": sb.Append(initiative); break;
            case "FILM": sb.Append(film); break;
            case "OUTLET": sb.Append(outlet.Outlet.ArabicName); break;
            case "BOOK": sb.Append(book); break;
            case "CLUB": sb.Append(DemoWorld.Clubs[club1].Short); break;
            case "CLUB2": sb.Append(DemoWorld.Clubs[club2].Short); break;
            case "SC1": sb.Append(score1); break;
            case "SC2": sb.Append(score2); break;
            case "NUM":
            case "NUM2": sb.Append(rng.Next(11, 100)); break;
            case "HUND": sb.Append(Hundreds()); break;
            case "PCT": sb.Append(Decimal(rng.Next(11, 100))); break;
            case "PCT2": sb.Append(rng.Next(11, 66)); break;
            case "MIL": sb.Append(rng.Next(11, 96) * 10); break;
            case "BIL": sb.Append(Decimal(rng.Next(12, 99))); break;
            case "YEAR": sb.Append(date.Year); break;
            case "NEXTYEAR": sb.Append(date.Year + 1); break;
            case "DAY": sb.Append(DemoPhrases.WeekdayNames[(int)date.DayOfWeek]); break;
            case "TIME": Render(Pick(DemoPhrases.Times)); break;
            case "SETTING": Render(Pick(phrases.Settings)); break;
            case "ST": sb.Append(subject!.Title); break;
            case "SNAME": sb.Append(Pick(subject!.FullMentions)); break;
            case "SN": sb.Append(subject!.Surname); break;
            case "BNAME": sb.Append(personB!.FullMentions[0]); break;
            case "BSN": sb.Append(personB!.Surname); break;
            case "ISS": sb.Append(Pick(issuer!.Mentions)); break;
            case "Q": RenderQuote(); break;
            case "Q2": Render(phrases.Quotes[PickUnused(phrases.Quotes.Length, ref usedQuotes)]); break;
            case "CLAIM":
            case "CLAIM2": Render(phrases.Claims[PickUnused(phrases.Claims.Length, ref usedClaims)]); break;
            case "FACT": Render(storyOffset == 0 ? story!.Template.Fact : story!.Template.FollowFact); break;
            case "AGENCY": sb.Append(story!.Agency.Outlet.ArabicName); break;
            case "WHEN": sb.Append("اليوم ").Append(DemoPhrases.WeekdayNames[(int)date.DayOfWeek]); break;
            case "SINCE": sb.Append(storyOffset == 1 ? "أمس" : "قبل يومين"); break;
            case "E1": sb.Append(story!.E1); break;
            case "E1UP": sb.Append(story!.E1Up); break;
            case "E2": sb.Append(story!.E2); break;
            case "E3": sb.Append(story!.E3); break;
            case "E4": sb.Append(story!.E4); break;
            case "E5": sb.Append(story!.E5); break;
            case "X1": sb.Append(story!.X1); break;
            default: throw new InvalidOperationException($"Unknown template slot {{{key}}}.");
        }
    }

    private void RenderQuote()
    {
        // The quote a headline was cut from is the first one the body uses.
        var k = pendingQuote >= 0 ? pendingQuote : PickUnused(phrases.Quotes.Length, ref usedQuotes);
        pendingQuote = -1;
        Render(phrases.Quotes[k]);
        if (rng.Next(100) < 15)
        {
            sb.Append(". ");
            Render(phrases.Quotes[PickUnused(phrases.Quotes.Length, ref usedQuotes)]);
        }
    }

    private int PickUnused(int length, ref long used)
    {
        var all = (1L << length) - 1;
        if ((used & all) == all)
        {
            used = 0;
        }

        int k;
        do
        {
            k = rng.Next(length);
        }
        while ((used & (1L << k)) != 0);
        used |= 1L << k;
        return k;
    }

    // 110–990 in tens but never a round hundred, so the counted noun is always accusative ("280 كيلومترا").
    private int Hundreds()
    {
        var tens = rng.Next(11, 100);
        return (tens % 10 == 0 ? tens + 1 : tens) * 10;
    }

    private T Pick<T>(T[] items) => items[rng.Next(items.Length)];

    private int OtherThan(int value, int count)
    {
        var x = rng.Next(count - 1);
        return x >= value && value >= 0 ? x + 1 : x;
    }

    private int SampleHour()
    {
        var u = rng.NextDouble() * hourTotal;
        for (var h = 0; h < HourWeights.Length; h++)
        {
            u -= HourWeights[h];
            if (u < 0)
            {
                return h;
            }
        }

        return 12;
    }

    private int PickWeighted(int[] weights)
    {
        var total = 0;
        foreach (var w in weights)
        {
            total += w;
        }

        var u = rng.Next(total);
        for (var i = 0; i < weights.Length; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return i;
            }
        }

        return 0;
    }

    private int PickCumulative(double[] cumulative)
    {
        var u = rng.NextDouble() * cumulative[^1];
        var i = Array.BinarySearch(cumulative, u);
        return Math.Min(i < 0 ? ~i : i + 1, cumulative.Length - 1);
    }

    private static double[] Cumulative(double[] weights)
    {
        var result = new double[weights.Length];
        double sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i];
            result[i] = sum;
        }

        return result;
    }

    // "3.4" from 34 whatever the current culture; whole numbers come out as "4.1", never "4.0".
    private static string Decimal(int tenths) =>
        string.Create(CultureInfo.InvariantCulture, $"{tenths / 10}.{(tenths % 10 == 0 ? 1 : tenths % 10)}");

    private enum Last
    {
        None,
        A,
        B,
        Issuer,
        Statement,
    }

    private enum Paragraph
    {
        Carry,
        StatementCarry,
        Direct,
        SpeakerAfter,
        Split,
        Indirect,
        Second,
        Statement,
        Background,
        NewGroup,
    }

    // One spike story as cast for this corpus; its core is rendered once and shared by every reprint.
    private sealed class StoryRun(StoryTemplate template, int startDay)
    {
        public StoryTemplate Template { get; } = template;
        public int StartDay { get; } = startDay;
        public int[] Reprints { get; } = new int[3];
        public int Emitted { get; set; }
        public int Primary { get; set; }
        public int Other { get; set; }
        public string City { get; set; } = "";
        public string Direction { get; set; } = "";
        public string Operation { get; set; } = "";
        public WorldPerson A { get; set; } = null!;
        public WorldPerson? B { get; set; }
        public WorldPerson? C { get; set; }
        public WorldOrg? Issuer { get; set; }
        public int Club1 { get; set; }
        public int Club2 { get; set; }
        public int Score1 { get; set; }
        public int Score2 { get; set; }
        public int E1 { get; set; }
        public int E1Up { get; set; }
        public int E2 { get; set; }
        public int E3 { get; set; }
        public string E4 { get; set; } = "";
        public int E5 { get; set; }
        public string? X1 { get; set; }
        public WorldOutlet Agency { get; set; } = null!;
        public WorldOutlet[] Outlets { get; set; } = [];
        public string? Core { get; set; }
        public string? FollowUp { get; set; }

        public int ReprintsOn(int day) => day - StartDay is >= 0 and < 3 and var offset ? Reprints[offset] : 0;
    }
}
