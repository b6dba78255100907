using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MediaMonitor.Core.Demo;
using MediaMonitor.Core.Ingestion;
using Xunit.Abstractions;

namespace MediaMonitor.Core.Tests.Demo;

public sealed class DemoCorpusTests(ITestOutputHelper output)
{
    private static readonly DateOnly End = new(2025, 3, 31);
    private static readonly DemoOptions Startup = new(DemoCorpus.DefaultArticleCount, End);

    // Cached because several tests read the same 1,800 articles.
    private static readonly Lazy<ArticleDraft[]> StartupCorpus = new(() => [.. DemoCorpus.Generate(Startup)]);

    [Fact]
    public void Same_options_give_identical_articles()
    {
        Assert.Equal(Hash(DemoCorpus.Generate(Startup).Take(500)), Hash(DemoCorpus.Generate(Startup).Take(500)));
    }

    [Fact]
    public void A_different_seed_gives_different_articles()
    {
        Assert.NotEqual(Hash(DemoCorpus.Generate(Startup).Take(500)), Hash(DemoCorpus.Generate(Startup with { Seed = 2 }).Take(500)));
    }

    [Fact]
    public void Generates_exactly_the_requested_number_of_articles()
    {
        Assert.Equal(DemoCorpus.DefaultArticleCount, StartupCorpus.Value.Length);
        Assert.Equal(37, DemoCorpus.Generate(new DemoOptions(37, End, Days: 3)).Count());
        Assert.Equal(5, DemoCorpus.Generate(new DemoOptions(5, End, Days: 1)).Count());
        Assert.Empty(DemoCorpus.Generate(new DemoOptions(0, End)));
    }

    [Fact]
    public void Every_article_is_dated_within_the_window_in_publication_order()
    {
        var first = End.AddDays(-Startup.Days + 1);
        var articles = StartupCorpus.Value;
        Assert.All(articles, a =>
        {
            var day = DateOnly.FromDateTime(a.PublishedAt!.Value.DateTime);
            Assert.InRange(day, first, End);
        });
        Assert.True(articles.Zip(articles.Skip(1)).All(p => p.First.PublishedAt <= p.Second.PublishedAt));
    }

    [Fact]
    public void External_ids_urls_and_origins_are_unique_and_marked_as_demo()
    {
        var articles = StartupCorpus.Value;
        Assert.Equal(articles.Length, articles.Select(a => a.ExternalId).Distinct().Count());
        Assert.Equal(articles.Length, articles.Select(a => a.Url).Distinct().Count());
        Assert.Equal("demo-000001", articles[0].ExternalId);
        Assert.Equal("demo article 1", articles[0].Origin);
        Assert.All(articles, a =>
        {
            Assert.StartsWith("https://demo.mediamonitor.invalid/", a.Url, StringComparison.Ordinal);
            Assert.True(DemoCorpus.IsDemoSource(a.Source));
        });
    }

    [Fact]
    public void Every_body_is_distinct_so_content_hash_deduplication_keeps_them_all()
    {
        var articles = StartupCorpus.Value;
        Assert.Equal(articles.Length, articles.Select(a => a.Body).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Titles_are_mostly_distinct()
    {
        var articles = StartupCorpus.Value;
        var distinct = articles.Select(a => a.Title).Distinct(StringComparer.Ordinal).Count();
        output.WriteLine($"{distinct} distinct titles of {articles.Length}");
        Assert.True(distinct >= articles.Length * 0.85, $"{distinct} distinct titles of {articles.Length}");
    }

    [Fact]
    public void Bodies_have_three_to_eight_paragraphs_and_no_unfilled_template_slots()
    {
        Assert.All(StartupCorpus.Value, a =>
        {
            Assert.InRange(a.Body.Split('\n').Length, 3, 8);
            Assert.Equal(-1, (a.Title + a.Body).AsSpan().IndexOfAny("{}[]|"));
            Assert.False(string.IsNullOrWhiteSpace(a.Summary));
            Assert.StartsWith(a.Summary!, a.Body[a.Body.IndexOf(a.Summary!, StringComparison.Ordinal)..], StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Bodies_quote_people_the_way_wire_copy_does()
    {
        var bodies = StartupCorpus.Value.Select(a => a.Body).ToArray();
        Assert.True(bodies.Count(b => b.Contains('«', StringComparison.Ordinal)) > bodies.Length * 0.9);
        Assert.Contains(bodies, b => b.Contains("وأضاف: «", StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains("وأضافت", StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains("وقال البيان", StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains("»، بحسب", StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains("تنظيم «", StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains("عملية «", StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains("برنامج «", StringComparison.Ordinal));
    }

    [Fact]
    public void Agency_copy_opens_with_a_dateline()
    {
        var agencyCopy = StartupCorpus.Value.Where(a => a.Source!.StartsWith("وكالة", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(agencyCopy);
        Assert.All(agencyCopy, a => Assert.StartsWith(a.Dateline + " - (", a.Body, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_category_and_outlet_appears()
    {
        var articles = StartupCorpus.Value;
        Assert.Equal(DemoCorpus.Categories.Select(c => c.Key).Order(), articles.Select(a => a.Category!).Distinct().Order());
        Assert.Equal(DemoCorpus.SourceNames.Order(), articles.Select(a => a.Source!).Distinct().Order());
    }

    [Fact]
    public void Weekdays_carry_more_articles_than_the_weekend()
    {
        var byDay = StartupCorpus.Value.GroupBy(a => a.PublishedAt!.Value.DayOfWeek).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(byDay[DayOfWeek.Monday] > byDay[DayOfWeek.Friday]);
        Assert.True(byDay[DayOfWeek.Sunday] > byDay[DayOfWeek.Saturday]);
    }

    [Fact]
    public void Spike_stories_are_reprinted_by_several_outlets_over_several_days()
    {
        // A reprint shares its core paragraphs with the others; the second paragraph is a good fingerprint.
        var groups = StartupCorpus.Value
            .Select(a => (Article: a, Key: a.Body.Split('\n')[1]))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .Where(g => g.Count() >= 3)
            .ToArray();
        Assert.True(groups.Length >= 5, $"{groups.Length} stories reprinted three or more times");
        Assert.Contains(groups, g =>
            g.Select(x => x.Article.Source).Distinct().Count() >= 3
            && g.Select(x => DateOnly.FromDateTime(x.Article.PublishedAt!.Value.DateTime)).Distinct().Count() >= 2);
    }

    [Fact]
    public void New_actors_appear_only_in_the_last_days()
    {
        var articles = StartupCorpus.Value;
        foreach (var actor in DemoCorpus.Actors.Where(a => a.EmergesInLastDays is not null))
        {
            var firstDay = End.AddDays(1 - actor.EmergesInLastDays!.Value);
            var mentions = articles.Where(a => a.Body.Contains(actor.ArabicName, StringComparison.Ordinal)).ToArray();
            Assert.NotEmpty(mentions);
            Assert.All(mentions, a => Assert.True(DateOnly.FromDateTime(a.PublishedAt!.Value.DateTime) >= firstDay, actor.EnglishName));
        }
    }

    [Fact]
    public void The_corpus_names_no_real_world_leader_or_country()
    {
        string[] denied =
        [
            "ترامب", "ترمب", "بايدن", "أوباما", "بوتين", "ماكرون", "أردوغان", "نتنياهو", "السيسي", "الكاظمي",
            "ميركل", "زيلينسكي", "بن سلمان", "خامنئي", "الأسد", "العراق", "سوريا", "لبنان", "الأردن", "السعودية",
            "إيران", "تركيا", "إسرائيل", "فلسطين", "واشنطن", "موسكو", "بغداد", "دمشق", "القاهرة", "طهران", "داعش",
        ];
        var text = string.Join('\n', StartupCorpus.Value.Select(a => a.Title + '\n' + a.Body + '\n' + a.Author + '\n' + a.Dateline));
        var world = string.Join('\n', DemoCorpus.Actors.SelectMany(a => a.Aliases.Append(a.ArabicName)));
        Assert.All(denied, name =>
        {
            Assert.DoesNotContain(name, text, StringComparison.Ordinal);
            Assert.DoesNotContain(name, world, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_world_has_unique_actor_keys_and_names_with_gender_for_people_and_organisations()
    {
        var actors = DemoCorpus.Actors;
        Assert.Equal(actors.Count, actors.Select(a => a.Key).Distinct().Count());
        Assert.Equal(actors.Count, actors.Select(a => a.ArabicName).Distinct().Count());
        Assert.All(actors.Where(a => a.Type != DemoActorType.Place), a => Assert.NotNull(a.Gender));
        Assert.InRange(actors.Count(a => a.Type == DemoActorType.Place && a.Role!.StartsWith("دولة", StringComparison.Ordinal)), 5, 7);
        Assert.InRange(DemoCorpus.Outlets.Count, 11, 15);
        Assert.Equal(3, DemoCorpus.Outlets.Count(o => o.Kind == DemoOutletKind.Agency));
        output.WriteLine($"actors: {actors.Count} ({string.Join(", ", actors.GroupBy(a => a.Type).Select(g => $"{g.Key} {g.Count()}"))})");
    }

    [Fact]
    public void Every_actor_of_the_world_is_mentioned_in_the_startup_corpus()
    {
        var text = string.Join('\n', StartupCorpus.Value.Select(a => a.Title + '\n' + a.Body));
        Assert.All(DemoCorpus.Actors, actor =>
            Assert.True(actor.Aliases.Prepend(actor.ArabicName).Any(name => text.Contains(name, StringComparison.Ordinal)), actor.EnglishName));
    }

    [Fact]
    public void Every_person_mentioned_by_surname_has_that_surname_as_an_alias()
    {
        var people = DemoCorpus.Actors.Where(a => a.Type == DemoActorType.Person).ToArray();
        Assert.All(people, p => Assert.NotEmpty(p.Aliases));
        var surnames = people.SelectMany(p => p.Aliases.Where(x => !x.Contains(' ', StringComparison.Ordinal))).ToArray();
        Assert.Equal(surnames.Length, surnames.Distinct().Count());
    }

    [Fact]
    public void Only_demo_outlet_names_count_as_demo_sources()
    {
        Assert.All(DemoCorpus.Outlets, o => Assert.True(DemoCorpus.IsDemoSource(o.Source)));
        Assert.All(DemoCorpus.SourceNames, s => Assert.EndsWith(DemoCorpus.SourceMarker, s, StringComparison.Ordinal));
        Assert.False(DemoCorpus.IsDemoSource("Alarabia"));
        Assert.False(DemoCorpus.IsDemoSource(null));
        Assert.False(DemoCorpus.IsDemoSource(DemoCorpus.Outlets[0].ArabicName));
    }

    [Fact]
    public void Invalid_options_are_rejected_before_enumeration()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoCorpus.Generate(new DemoOptions(-1, End)));
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoCorpus.Generate(new DemoOptions(10, End, Days: 0)));
    }

    [Fact]
    public void Streams_a_hundred_thousand_articles_and_reports_the_rate()
    {
        var options = new DemoOptions(100_000, End, Days: 365);
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        // CPU time as well as wall time, because a shared build machine can starve the test of a core.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var count = 0;
        long chars = 0;
        long peakHeap = 0;
        foreach (var article in DemoCorpus.Generate(options))
        {
            count++;
            chars += article.Body.Length;
            if (count % 10_000 == 0)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
            }
        }

        stopwatch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocatedMb = (GC.GetTotalAllocatedBytes() - allocatedBefore) / 1_048_576.0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count:N0} articles in {stopwatch.Elapsed.TotalSeconds:F2} s = {count / stopwatch.Elapsed.TotalSeconds:N0} articles/s " +
            $"({count / cpu.TotalSeconds:N0} per CPU second of the process); " +
            $"{chars / count:N0} body chars on average; {allocatedMb:N0} MB allocated in total; heap seen at most {peakHeap / 1_048_576.0:N0} MB"));
        Assert.Equal(options.Articles, count);
    }

    private static string Hash(IEnumerable<ArticleDraft> articles)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var a in articles)
        {
            var line = string.Join('\u001f', a.Title, a.Body, a.Author, a.Source, a.Url, a.ExternalId, a.Category, a.Dateline, a.Summary,
                a.PublishedAt?.ToString("O", CultureInfo.InvariantCulture), a.Origin);
            sha.AppendData(Encoding.UTF8.GetBytes(line + '\u001e'));
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
