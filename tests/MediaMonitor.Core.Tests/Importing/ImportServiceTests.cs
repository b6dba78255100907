using Dapper;
using MediaMonitor.Core.Articles;
using MediaMonitor.Core.Importing;
using MediaMonitor.Core.Ingestion;
using MediaMonitor.Core.Sources;
using MediaMonitor.Core.Tests.TestSupport;
using static MediaMonitor.Core.Tests.TestSupport.TempDatabase;

namespace MediaMonitor.Core.Tests.Importing;

public sealed class ImportServiceTests : IDisposable
{
    private readonly TempDatabase db = new();

    public void Dispose() => db.Dispose();

    private static ImportRequest Request(string inputs = "test") => new() { Inputs = inputs, InitiatedBy = "test" };

    [Fact]
    public async Task StoresArticlesWithSourceAndUtcDate()
    {
        var report = await db.Importer().ImportAsync(Items(ReadResult.Ok(Draft("قال الوزير إن الحكومة ماضية في خطتها."))), Request());

        Assert.Equal(1, report.Imported);
        using var connection = db.Factory.Open();
        var row = connection.QuerySingle<(string Title, string PublishedAt, string Source, long Estimated)>(
            "SELECT a.title, a.published_at, s.name, a.date_estimated FROM articles a JOIN sources s ON s.id = a.source_id");
        Assert.Equal("عنوان", row.Title);
        Assert.Equal("2025-03-04T07:30:00Z", row.PublishedAt);
        Assert.Equal("صحيفة الاختبار", row.Source);
        Assert.Equal(0, row.Estimated);
    }

    [Fact]
    public async Task ReimportingTheSameItemsAddsNothing()
    {
        var items = new[] { ReadResult.Ok(Draft("النص الأول للمقالة.")), ReadResult.Ok(Draft("النص الثاني للمقالة.")) };
        await db.Importer().ImportAsync(Items(items), Request());

        var second = await db.Importer().ImportAsync(Items(items), Request());

        Assert.Equal(0, second.Imported);
        Assert.Equal(2, second.Duplicates);
        using var connection = db.Factory.Open();
        Assert.Equal(2, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM articles"));
    }

    [Fact]
    public async Task TextThatDiffersOnlyInDiacriticsHamzaAndSpacingIsADuplicate()
    {
        var report = await db.Importer().ImportAsync(
            Items(ReadResult.Ok(Draft("أعلنت الحكومة  الإصلاحات.")), ReadResult.Ok(Draft("اعلنت الحكومةُ الاصلاحات."))),
            Request());

        Assert.Equal(1, report.Imported);
        Assert.Equal(1, report.Duplicates);
    }

    [Fact]
    public async Task BadItemsAreRecordedWithReasonWhileTheRestIsImported()
    {
        var report = await db.Importer().ImportAsync(
            Items(
                ReadResult.Ok(Draft("مقالة سليمة.")),
                ReadResult.Fail("feed.jsonl", "line 2", "malformed JSON: unexpected end"),
                ReadResult.Ok(Draft("   ", origin: "feed.jsonl line 3")),
                ReadResult.Ok(Draft("مقالة سليمة أخرى."))),
            Request());

        Assert.Equal(2, report.Imported);
        Assert.Equal(2, report.Failed);
        Assert.False(report.Succeeded);
        using var connection = db.Factory.Open();
        var errors = connection.Query<(string File, string Position, string Reason)>("SELECT file, position, reason FROM import_errors WHERE run_id = @Id ORDER BY id", new { Id = report.RunId }).ToList();
        Assert.Equal(("feed.jsonl", "line 2", "malformed JSON: unexpected end"), errors[0]);
        Assert.Equal("empty body", errors[1].Reason);
        var run = connection.QuerySingle<(string Status, int Imported, int Failed)>("SELECT status, imported, failed FROM import_runs WHERE id = @Id", new { Id = report.RunId });
        Assert.Equal(("completed", 2, 2), run);
    }

    [Fact]
    public async Task ItemsWithoutADateGetTheGivenDateFlaggedAsEstimated()
    {
        var draft = Draft("مقالة بلا تاريخ.") with { PublishedAt = null };
        await db.Importer().ImportAsync(Items(ReadResult.Ok(draft)), Request() with { DefaultDate = new DateOnly(2024, 5, 6) });

        using var connection = db.Factory.Open();
        var row = connection.QuerySingle<(string PublishedAt, long Estimated)>("SELECT published_at, date_estimated FROM articles");
        Assert.Equal(("2024-05-06T12:00:00Z", 1L), row);
    }

    [Fact]
    public async Task CancellingRollsBackTheBatchInProgressAndRecordsTheRun()
    {
        using var cancel = new CancellationTokenSource();
        async IAsyncEnumerable<ReadResult> ItemsThenCancel()
        {
            yield return ReadResult.Ok(Draft("الأولى في الدفعة الأولى."));
            yield return ReadResult.Ok(Draft("الثانية في الدفعة الأولى."));
            yield return ReadResult.Ok(Draft("الأولى في الدفعة الثانية."));
            await cancel.CancelAsync();
            yield return ReadResult.Ok(Draft("لن تصل."));
        }

        var report = await db.Importer(batchSize: 2).ImportAsync(ItemsThenCancel(), Request(), cancellationToken: cancel.Token);

        Assert.Equal(ImportRunStatus.Cancelled, report.Status);
        Assert.Equal(2, report.Imported);
        using var connection = db.Factory.Open();
        Assert.Equal(2, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM articles"));
        Assert.Equal(2, connection.ExecuteScalar<int>("SELECT SUM(articles) FROM source_day"));
        Assert.Equal("cancelled", connection.ExecuteScalar<string>("SELECT status FROM import_runs WHERE id = @Id", new { Id = report.RunId }));
    }

    [Fact]
    public async Task DailyRollupMatchesTheArticlesPerSourceAndDay()
    {
        var day1 = new DateTimeOffset(2025, 1, 1, 23, 30, 0, TimeSpan.Zero);
        var day2 = new DateTimeOffset(2025, 1, 2, 1, 0, 0, TimeSpan.FromHours(3)); // 2025-01-01 22:00 UTC
        await db.Importer().ImportAsync(
            Items(
                ReadResult.Ok(Draft("أ ب ج", source: "المصدر أ", published: day1)),
                ReadResult.Ok(Draft("د ه و", source: "المصدر أ", published: day2)),
                ReadResult.Ok(Draft("ز ح ط", source: "المصدر ب", published: day1.AddDays(1)))),
            Request());

        using var connection = db.Factory.Open();
        var rollup = connection.Query<(string Day, string Source, int Articles)>(
            "SELECT d.day, s.name, d.articles FROM source_day d JOIN sources s ON s.id = d.source_id ORDER BY d.day, s.name").ToList();
        var direct = connection.Query<(string Day, string Source, int Articles)>(
            "SELECT substr(a.published_at, 1, 10), s.name, COUNT(*) FROM articles a JOIN sources s ON s.id = a.source_id GROUP BY 1, 2 ORDER BY 1, 2").ToList();
        Assert.Equal(direct, rollup);
        Assert.Equal(("2025-01-01", "المصدر أ", 2), rollup[0]);
    }

    [Fact]
    public async Task FullTextSearchMatchesSpellingVariants()
    {
        await db.Importer().ImportAsync(
            Items(ReadResult.Ok(Draft("وصل رئيس الوزراء إلى القاهرة في زيارة رسمية.")), ReadResult.Ok(Draft("مباراة كرة القدم انتهت بالتعادل."))),
            Request());

        var page = await new ArticleQueries(db.Factory).ListAsync(new ArticleFilter { Query = "الى القاهره" }, 0, 10);

        Assert.Equal(1, page.Total);
    }

    [Fact]
    public async Task SearchTextWithFtsSyntaxIsTakenLiterally()
    {
        await db.Importer().ImportAsync(Items(ReadResult.Ok(Draft("نص عادي."))), Request());

        var page = await new ArticleQueries(db.Factory).ListAsync(new ArticleFilter { Query = "\"unbalanced OR NEAR( * -" }, 0, 10);

        Assert.Equal(0, page.Total);
    }

    [Fact]
    public async Task RemovingDemoDataKeepsTheUsersOwnArticles()
    {
        await db.Importer().ImportAsync(Items(ReadResult.Ok(Draft("مقالة المستخدم."))), Request());
        await db.Importer().ImportAsync(
            Items(ReadResult.Ok(Draft("مقالة تجريبية أولى.", source: "الأفق (تجريبي)")), ReadResult.Ok(Draft("مقالة تجريبية ثانية.", source: "الأفق (تجريبي)"))),
            Request() with { IsDemo = true, SourceKind = "demo" });
        var sources = new SourceQueries(db.Factory, db.WriteGate);

        var removed = await sources.RemoveDemoDataAsync();

        Assert.Equal(2, removed);
        var page = await new ArticleQueries(db.Factory).ListAsync(new ArticleFilter(), 0, 10);
        Assert.Equal("مقالة المستخدم.", (await new ArticleQueries(db.Factory).GetAsync(page.Items.Single().Id))!.Body);
        var searchDemo = await new ArticleQueries(db.Factory).ListAsync(new ArticleFilter { Query = "تجريبية" }, 0, 10);
        Assert.Equal(0, searchDemo.Total);
    }

    [Fact]
    public async Task ConcurrentImportsAndReadsAllSucceed()
    {
        var imports = Enumerable.Range(0, 4).Select(i => db.Importer(batchSize: 7).ImportAsync(
            Items(Enumerable.Range(0, 60).Select(j => ReadResult.Ok(Draft($"مقالة رقم {i}-{j} عن الاقتصاد."))).ToArray()),
            Request($"import {i}")));
        var queries = new ArticleQueries(db.Factory);
        var reads = Enumerable.Range(0, 20).Select(_ => queries.ListAsync(new ArticleFilter { Query = "الاقتصاد" }, 0, 5));

        var reports = await Task.WhenAll(imports);
        await Task.WhenAll(reads);

        Assert.All(reports, r => Assert.Equal(60, r.Imported));
        Assert.Equal(240, (await queries.ListAsync(new ArticleFilter(), 0, 1)).Total);
    }
}
