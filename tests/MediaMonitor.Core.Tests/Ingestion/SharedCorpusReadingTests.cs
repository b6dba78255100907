using System.Diagnostics;
using MediaMonitor.Core.Tests.TestSupport;
using Xunit.Abstractions;
using static MediaMonitor.Core.Tests.Ingestion.ReaderTestHelpers;

namespace MediaMonitor.Core.Tests.Ingestion;

/// <summary>The readers on the real data in ../shared/corpus (read in place, never copied).</summary>
public class SharedCorpusReadingTests(ITestOutputHelper output)
{
    [SharedCorpusFact]
    public async Task The_seed_article_gives_its_byline_and_a_body_starting_with_the_first_paragraph()
    {
        var draft = Assert.Single(await ToListAsync(Reader().ReadAsync([SharedCorpus.SeedArticle]))).Draft!;

        Assert.Equal(("هدى جاسم", "وكالات", "بغداد"), (draft.Author, draft.Source, draft.Dateline));
        Assert.StartsWith("قال رئيس الحكومة", draft.Body, StringComparison.Ordinal);
        Assert.StartsWith("قال رئيس الحكومة العراقية مصطفى الكاظمي", draft.Title, StringComparison.Ordinal);
        // Exactly the file's paragraphs, less blank lines and the whitespace at their ends (one ends in a no-break space).
        var paragraphs = File.ReadAllLines(SharedCorpus.SeedArticle).Skip(1).Select(line => line.Trim()).Where(line => line.Length > 0);
        Assert.Equal(string.Join('\n', paragraphs), draft.Body);
    }

    [SharedCorpusFact]
    public async Task Ant_dev_gives_1039_drafts_without_errors_each_with_time_source_and_category()
    {
        var clock = Stopwatch.StartNew();
        var plan = MediaMonitor.Core.Ingestion.ImportInputs.Plan([SharedCorpus.AntDev]);
        var results = await ToListAsync(Reader().ReadAsync(plan));
        output.WriteLine($"ant-dev: {results.Count} results in {clock.ElapsedMilliseconds} ms");

        Assert.Empty(results.Where(r => r.Error is not null).Select(r => r.Error!.ToString()));
        Assert.Equal(1039, results.Count);
        Assert.All(results, r => Assert.NotNull(r.Draft!.PublishedAt));
        Assert.All(results, r => Assert.False(string.IsNullOrWhiteSpace(r.Draft!.Source)));
        Assert.All(results, r => Assert.False(string.IsNullOrWhiteSpace(r.Draft!.Category)));
        Assert.Equal(["BBC", "CNN", "alarabia", "france24", "skynews"], results.Select(r => r.Draft!.Source!).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(plan.Skipped, s => s.DisplayName.EndsWith("PROVENANCE.md", StringComparison.Ordinal));
    }

    [SharedCorpusFact]
    public async Task Ant_dev_keeps_time_offsets_and_reads_city_dash_author_bylines()
    {
        var results = await ToListAsync(Reader().ReadAsync([SharedCorpus.AntDev]));
        var drafts = results.Select(r => r.Draft!).ToList();

        Assert.Contains(drafts, d => d.PublishedAt!.Value.Offset == TimeSpan.FromHours(4));
        Assert.Contains(drafts, d => d.Author == "أحمد الريدي" && d.Dateline == "القاهرة");
        Assert.DoesNotContain(drafts, d => d.Author is { } author && Guid.TryParse(author, out _));
    }

    [SharedCorpusFact]
    public async Task Saudinewsnet_dev_gives_1015_drafts_without_errors()
    {
        var clock = Stopwatch.StartNew();
        var results = await ToListAsync(Reader().ReadAsync([SharedCorpus.SaudiNewsNetDev]));
        output.WriteLine($"saudinewsnet-dev: {results.Count} results in {clock.ElapsedMilliseconds} ms");

        Assert.Empty(results.Where(r => r.Error is not null).Select(r => r.Error!.ToString()));
        Assert.Equal(1015, results.Count);
        Assert.All(results, r => Assert.NotNull(r.Draft!.PublishedAt));
        Assert.All(results, r => Assert.False(string.IsNullOrWhiteSpace(r.Draft!.Source)));
        Assert.Contains(results, r => r.Draft!.Source == "alweeam" && r.Draft.Dateline == "الرياض");
    }

    [SharedCorpusFact]
    public async Task Quotes_dev_articles_read_without_errors()
    {
        var results = await ToListAsync(Reader().ReadAsync([SharedCorpus.QuotesDevArticles]));

        Assert.Equal(24, results.Count);
        Assert.All(results, r => Assert.Null(r.Error));
        Assert.All(results, r => Assert.NotNull(r.Draft!.ExternalId));
    }
}
