using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using MediaMonitor.Core.Dashboard;
using MediaMonitor.Core.Setup;
using MediaMonitor.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli.Commands;

/// <summary>
/// Times every dashboard query (cache off) on N generated demo articles: p50/p95 over repeated runs with varied day and
/// outlet filters (the rollup path), the same queries forced onto the raw tables for the ratio, the whole dashboard's
/// set, and the filters that must read the raw tables (topic, actor, text).
/// </summary>
internal sealed class BenchQueriesCommand : AsyncCommand<BenchQueriesCommand.Settings>
{
    private static readonly DateOnly End = new(2026, 1, 31);

    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--articles <N>")]
        [Description("How many generated demo articles (default 10000).")]
        public int Articles { get; init; } = 10_000;

        [CommandOption("--runs <N>")]
        [Description("Timed rounds over all filters (default 10).")]
        public int Runs { get; init; } = 10;

        [CommandOption("--db <PATH>")]
        [Description("Use (and keep) this database: generated when it has no articles yet, reused as it is otherwise.")]
        public string? Database { get; init; }

        public override ValidationResult Validate() =>
            Articles < 1 || Runs < 1 ? ValidationResult.Error("--articles and --runs must be positive.") : ValidationResult.Success();
    }

    private sealed record NamedQuery(string Name, Func<DashboardQueries, DashboardFilter, Task> Run);

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var folder = settings.Database is null ? Directory.CreateTempSubdirectory("mm-bench-queries-") : null;
        var path = settings.Database ?? Path.Combine(folder!.FullName, "bench.db");
        try
        {
            await using var services = await CliServices.BuildAsync(path, cancellationToken).ConfigureAwait(false);
            var factory = services.GetRequiredService<SqliteConnectionFactory>();
            await EnsureArticlesAsync(services, factory, settings.Articles, cancellationToken).ConfigureAwait(false);

            var auto = new DashboardQueries(factory);
            var raw = new DashboardQueries(factory) { Source = DashboardSource.RawTables };
            var (rollupFilters, rawFilters, compare) = await FiltersAsync(factory, auto, cancellationToken).ConfigureAwait(false);
            var queries = Queries(compare);

            // Warm the page cache once so that the first timed query does not pay for reading the file.
            foreach (var query in queries)
            {
                await query.Run(auto, rollupFilters[0]).ConfigureAwait(false);
            }

            var table = new Table().AddColumns("query", "rollups p50 ms", "rollups p95 ms", "raw tables p50 ms", "raw tables p95 ms", "raw/rollups (p50)");
            var dashboardOk = true;
            foreach (var query in queries)
            {
                var fast = await TimeAsync(query, auto, rollupFilters, settings.Runs, cancellationToken).ConfigureAwait(false);
                var slow = await TimeAsync(query, raw, rollupFilters, 1, cancellationToken).ConfigureAwait(false);
                dashboardOk &= Percentile(fast, 95) < 150;
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{query.Name}: rollups p50 {Ms(Percentile(fast, 50))} p95 {Ms(Percentile(fast, 95))} ms; raw tables p50 {Ms(Percentile(slow, 50))} p95 {Ms(Percentile(slow, 95))} ms");
                table.AddRow(query.Name, Ms(Percentile(fast, 50)), Ms(Percentile(fast, 95)), Ms(Percentile(slow, 50)), Ms(Percentile(slow, 95)),
                    (Percentile(slow, 50) / Math.Max(Percentile(fast, 50), 1e-6)).ToString("F1", CultureInfo.InvariantCulture));
            }

            var whole = new NamedQuery("whole dashboard (all of the above, one after another)", async (q, f) =>
            {
                foreach (var query in queries)
                {
                    await query.Run(q, f).ConfigureAwait(false);
                }
            });
            var wholeFast = await TimeAsync(whole, auto, rollupFilters, settings.Runs, cancellationToken).ConfigureAwait(false);
            var wholeSlow = await TimeAsync(whole, raw, rollupFilters, 1, cancellationToken).ConfigureAwait(false);
            table.AddRow(whole.Name, Ms(Percentile(wholeFast, 50)), Ms(Percentile(wholeFast, 95)), Ms(Percentile(wholeSlow, 50)), Ms(Percentile(wholeSlow, 95)),
                (Percentile(wholeSlow, 50) / Math.Max(Percentile(wholeFast, 50), 1e-6)).ToString("F1", CultureInfo.InvariantCulture));
            AnsiConsole.MarkupLine($"[bold]Day and outlet filters[/] ({rollupFilters.Count} filters: 7, 30 and 90 days, one and three outlets; {settings.Runs} rounds, raw tables 1 round; cache off)");
            AnsiConsole.Write(table);

            var fallback = new Table().AddColumns("query", "p50 ms", "p95 ms");
            var filteredOk = true;
            foreach (var query in queries.Append(whole))
            {
                var times = await TimeAsync(query, auto, rawFilters, Math.Max(1, settings.Runs / 2), cancellationToken).ConfigureAwait(false);
                if (!query.Name.StartsWith("whole", StringComparison.Ordinal))
                {
                    filteredOk &= Percentile(times, 95) < 150;
                }

                fallback.AddRow(query.Name, Ms(Percentile(times, 50)), Ms(Percentile(times, 95)));
            }

            AnsiConsole.MarkupLine($"[bold]Topic, actor and text filters[/] (raw tables by necessity; {rawFilters.Count} filters over 30 days)");
            AnsiConsole.Write(fallback);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"database: {new FileInfo(path).Length / 1e6:F0} MB");
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"dashboard queries (day and outlet filters) p95 < 150 ms: {(dashboardOk ? "yes" : "NO")}");
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"with topic, actor or text filters p95 < 150 ms: {(filteredOk ? "yes" : "NO")}");
            return dashboardOk ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder?.Delete(recursive: true);
        }
    }

    private static async Task EnsureArticlesAsync(ServiceProvider services, SqliteConnectionFactory factory, int articles, CancellationToken cancellationToken)
    {
        await using (var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM articles";
            var existing = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            if (existing > 0)
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"using the {existing:N0} articles already in the database");
                return;
            }
        }

        var clock = Stopwatch.StartNew();
        var report = await services.GetRequiredService<DemoDataService>().LoadDemoAsync(articles, End, 90, null, cancellationToken).ConfigureAwait(false);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"imported {report.Imported:N0} demo articles over 90 days in {clock.Elapsed.TotalSeconds:F0} s");
    }

    private static async Task<(List<DashboardFilter> Rollup, List<DashboardFilter> Raw, List<long> Compare)> FiltersAsync(SqliteConnectionFactory factory, DashboardQueries queries, CancellationToken cancellationToken)
    {
        var last = await queries.LastDayAsync(cancellationToken).ConfigureAwait(false) ?? End;
        DashboardFilter Days(int days) => new() { From = last.AddDays(1 - days), To = last };
        var month = Days(30);
        var outlets = (await queries.OutletsAsync(month, cancellationToken).ConfigureAwait(false)).Select(o => o.Id).ToList();
        var topics = await queries.TopicShareAsync(month, cancellationToken).ConfigureAwait(false);
        var actors = await queries.TopActorsAsync(month, null, 6, cancellationToken).ConfigureAwait(false);
        var rollup = new List<DashboardFilter>
        {
            Days(7), month, Days(90),
            month with { SourceIds = outlets.Take(1).ToList() },
            Days(90) with { SourceIds = outlets.Skip(1).Take(3).ToList() },
        };
        var word = await FrequentTitleWordAsync(factory, cancellationToken).ConfigureAwait(false);
        var raw = new List<DashboardFilter>
        {
            month with { TopicKeys = [topics[0].Key] },
            month with { ActorIds = [actors[0].Id] },
            month with { TopicKeys = [topics[1].Key], SourceIds = outlets.Take(3).ToList() },
            month with { Query = word },
        };
        return (rollup, raw, actors.Select(a => a.Id).ToList());
    }

    /// <summary>A word of the newest article's title, so that the text filter finds something.</summary>
    private static async Task<string> FrequentTitleWordAsync(SqliteConnectionFactory factory, CancellationToken cancellationToken)
    {
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT title FROM articles ORDER BY published_at DESC LIMIT 1";
        var title = (string?)await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) ?? string.Empty;
        return title.Split(' ', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).FirstOrDefault() ?? "x";
    }

    private static List<NamedQuery> Queries(IReadOnlyList<long> compare) =>
    [
        new("KPIs (+ previous period)", (q, f) => q.KpisAsync(f)),
        new("volume by topic", (q, f) => q.VolumeAsync(f, VolumeSplit.Topic)),
        new("volume by outlet", (q, f) => q.VolumeAsync(f, VolumeSplit.Outlet)),
        new("top actors", (q, f) => q.TopActorsAsync(f)),
        new("top actors (people)", (q, f) => q.TopActorsAsync(f, "person")),
        new("actor comparison (6)", (q, f) => q.ActorTimelineAsync(f, compare)),
        new("topic share", (q, f) => q.TopicShareAsync(f)),
        new("most-quoted speakers", (q, f) => q.TopSpeakersAsync(f)),
        new("co-occurrence (10×10)", (q, f) => q.CoOccurrenceAsync(f)),
        new("outlets", (q, f) => q.OutletsAsync(f)),
    ];

    private static async Task<List<double>> TimeAsync(NamedQuery query, DashboardQueries queries, IReadOnlyList<DashboardFilter> filters, int runs, CancellationToken cancellationToken)
    {
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            foreach (var filter in filters)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var clock = Stopwatch.StartNew();
                await query.Run(queries, filter).ConfigureAwait(false);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return times;
    }

    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    private static string Ms(double value) => value.ToString("F1", CultureInfo.InvariantCulture);
}
