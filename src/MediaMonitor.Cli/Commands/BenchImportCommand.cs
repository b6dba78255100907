using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using MediaMonitor.Core.Demo;
using MediaMonitor.Core.Importing;
using MediaMonitor.Core.Ingestion;
using MediaMonitor.Core.Storage;
using Microsoft.Data.Sqlite;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli.Commands;

/// <summary>
/// Times the whole import pipeline against a bare insert of the same rows into the same schema, in one run,
/// so the ratio means something on a noisy machine.
/// </summary>
internal sealed class BenchImportCommand : AsyncCommand<BenchImportCommand.Settings>
{
    private static readonly string[] BareColumns = ["$ext", "$url", "$title", "$author", "$dateline", "$category", "$published", "$body", "$hash"];

    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--articles <N>")]
        [Description("How many generated articles (default 10000).")]
        public int Articles { get; init; } = 10_000;

        [CommandOption("--keep")]
        [Description("Keep the benchmark databases (their paths are printed).")]
        public bool Keep { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("mm-bench-");
        try
        {
            var end = new DateOnly(2026, 1, 31);
            var clock = Stopwatch.StartNew();
            var drafts = DemoCorpus.Generate(new DemoOptions(settings.Articles, end, 90)).ToList();
            var generateSeconds = clock.Elapsed.TotalSeconds;
            var chars = drafts.Sum(d => (long)d.Body.Length + d.Title.Length);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"generated {drafts.Count:N0} articles ({chars / 1e6:F1} M chars) in {generateSeconds:F2} s");

            var bare = await BareInsertAsync(Path.Combine(folder.FullName, "bare.db"), drafts, cancellationToken).ConfigureAwait(false);
            var full = await FullImportAsync(Path.Combine(folder.FullName, "full.db"), drafts, cancellationToken).ConfigureAwait(false);

            var table = new Table().AddColumns("path", "articles", "seconds", "articles/s", "MB/s of text");
            AddRow(table, "bare insert (baseline)", drafts.Count, bare, chars);
            AddRow(table, "full import", full.Imported, full.Elapsed.TotalSeconds, chars);
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"ratio full/bare throughput: {bare / full.Elapsed.TotalSeconds:F3} (full import runs at {100 * bare / full.Elapsed.TotalSeconds:F1}% of bare insert speed)");
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"full import: {full.Imported:N0} imported, {full.Duplicates:N0} duplicates, {full.Failed:N0} failed; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"database size: bare {new FileInfo(Path.Combine(folder.FullName, "bare.db")).Length / 1e6:F0} MB, full {new FileInfo(Path.Combine(folder.FullName, "full.db")).Length / 1e6:F0} MB");
            if (settings.Keep)
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"kept in {folder.FullName}");
            }

            return full.Failed == 0 ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (!settings.Keep)
            {
                folder.Delete(recursive: true);
            }
        }
    }

    private static void AddRow(Table table, string name, int articles, double seconds, long chars) => table.AddRow(
        name,
        articles.ToString("N0", CultureInfo.InvariantCulture),
        seconds.ToString("F2", CultureInfo.InvariantCulture),
        (articles / seconds).ToString("N0", CultureInfo.InvariantCulture),
        (chars * 2 / 1e6 / seconds).ToString("F1", CultureInfo.InvariantCulture));

    private static async Task<ImportReport> FullImportAsync(string path, IReadOnlyList<ArticleDraft> drafts, CancellationToken cancellationToken)
    {
        var factory = SqliteConnectionFactory.ForFile(path);
        new DatabaseMigrator(factory).Migrate();
        using var gate = new DatabaseWriteGate();
        var importer = new ImportService(factory, gate, new ImportOptions(), TimeProvider.System);
        return await importer.ImportAsync(drafts.Select(ReadResult.Ok).ToAsyncEnumerable(), new ImportRequest { Inputs = "bench", InitiatedBy = "bench" }, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The same rows, straight into the articles table: no parsing, normalisation, hashing, FTS or rollups.</summary>
    private static async Task<double> BareInsertAsync(string path, List<ArticleDraft> drafts, CancellationToken cancellationToken)
    {
        var factory = SqliteConnectionFactory.ForFile(path);
        new DatabaseMigrator(factory).Migrate();
        var clock = Stopwatch.StartNew();
        await using var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        using (var source = connection.CreateCommand())
        {
            source.CommandText = "INSERT INTO sources (id, name, created_at) VALUES (1, 'bench', '2026-01-01T00:00:00Z')";
            source.ExecuteNonQuery();
        }

        const int batch = 500;
        for (var offset = 0; offset < drafts.Count; offset += batch)
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO articles (source_id, external_id, url, title, author, dateline, category, published_at, body, content_hash, imported_at)
                VALUES (1, $ext, $url, $title, $author, $dateline, $category, $published, $body, $hash, '2026-01-01T00:00:00Z')
                """;
            var parameters = BareColumns.Select(name => command.Parameters.Add(name, SqliteType.Text)).ToArray();
            command.Prepare();
            foreach (var draft in drafts.Skip(offset).Take(batch))
            {
                parameters[0].Value = draft.ExternalId ?? (object)DBNull.Value;
                parameters[1].Value = draft.Url ?? (object)DBNull.Value;
                parameters[2].Value = draft.Title;
                parameters[3].Value = draft.Author ?? (object)DBNull.Value;
                parameters[4].Value = draft.Dateline ?? (object)DBNull.Value;
                parameters[5].Value = draft.Category ?? (object)DBNull.Value;
                parameters[6].Value = ImportService.Iso(draft.PublishedAt ?? DateTimeOffset.UnixEpoch);
                parameters[7].Value = draft.Body;
                parameters[8].Value = draft.ExternalId ?? draft.Origin;
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return clock.Elapsed.TotalSeconds;
    }
}
