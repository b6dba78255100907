using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using MediaMonitor.Analysis;
using MediaMonitor.Analysis.Actors;
using MediaMonitor.Analysis.Quotes;
using MediaMonitor.Analysis.Registry;
using MediaMonitor.Core.Actors;
using MediaMonitor.Core.Actors.Registry;
using MediaMonitor.Core.Analysis;
using MediaMonitor.Core.Demo;
using MediaMonitor.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli.Commands;

internal static class AnalysisJson
{
    /// <summary>Arabic written as itself (not \u escapes), one object per line where asked.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static JsonSerializerOptions Indented { get; } = new(Options) { WriteIndented = true };

    public static string Kind(QuoteKind kind) => kind == QuoteKind.Direct ? "direct" : "indirect";
}

/// <summary>`mm analyze FILE`: everything the analysis finds in one article, as JSON.</summary>
internal sealed class AnalyzeCommand : AsyncCommand<AnalyzeCommand.Settings>
{
    internal sealed class Settings : DatabaseSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("An article file in any import format (the first article is analysed).")]
        public string File { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = await CliServices.BuildAsync(settings.Database, cancellationToken).ConfigureAwait(false);
        var reader = new ArticleSourceReader(new ReaderOptions());
        ArticleDraft? draft = null;
        await foreach (var item in reader.ReadAsync([settings.File], null, cancellationToken).ConfigureAwait(false))
        {
            if (item.Error is { } error)
            {
                await Console.Error.WriteLineAsync($"{error.File} {error.Position}: {error.Reason}").ConfigureAwait(false);
                return 1;
            }

            draft = item.Draft;
            break;
        }

        if (draft is null)
        {
            await Console.Error.WriteLineAsync("no article found").ConfigureAwait(false);
            return 1;
        }

        var registry = await services.GetRequiredService<ActorQueries>().LoadRegistryAsync(cancellationToken).ConfigureAwait(false);
        var topics = await services.GetRequiredService<TopicQueries>().LoadSetAsync(cancellationToken).ConfigureAwait(false);
        var analyzed = new ArticleAnalysisRunner(registry, topics.Classifier).Analyze(draft.Title, draft.Body);
        var body = draft.Body;
        var result = new
        {
            title = draft.Title,
            byline = new { author = draft.Author, source = draft.Source, dateline = draft.Dateline },
            publishedAt = draft.PublishedAt,
            actors = analyzed.Linked.Mentions
                .Where(m => !m.IsUnnamed)
                .GroupBy(m => (m.Actor.Name, m.Actor.Type))
                .Select(g => new
                {
                    name = g.Key.Name,
                    type = ActorQueries.TypeName(g.Key.Type),
                    known = g.First().Actor.Known is not null,
                    surfaceForms = g.Select(m => body.Substring(m.Span.Start, m.Span.Length)).Distinct().ToList(),
                    mentions = g.Select(m => new { start = m.Span.Start, length = m.Span.Length }).ToList(),
                }),
            quotes = analyzed.Linked.Quotations.Select(q => new
            {
                text = q.Quotation.Text,
                kind = AnalysisJson.Kind(q.Quotation.Kind),
                speaker = q.Speaker?.Name ?? q.Quotation.Speaker?.Name,
                speakerType = q.Speaker is null ? null : ActorQueries.TypeName(q.Speaker.Type),
                cue = q.Quotation.Cue,
                start = q.Quotation.Span.Start,
                length = q.Quotation.Span.Length,
            }),
            topics = analyzed.Topics.Select(t => new { key = t.Key, score = t.Score, terms = t.MatchedTerms }),
        };
        Console.OutputEncoding = Encoding.UTF8;
        Console.WriteLine(JsonSerializer.Serialize(result, AnalysisJson.Indented));
        return 0;
    }
}

/// <summary>`mm quotes FILE.jsonl`: one prediction line per article, the input of ../shared/tools/score-quotes.</summary>
internal sealed class QuotesCommand : AsyncCommand<QuotesCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE.jsonl>")]
        [Description("Articles, one JSON object per line with docno (or id) and text (or body/content).")]
        public string File { get; init; } = "";

        [CommandOption("--include-indirect")]
        [Description("Also list indirect (reported) speech. Off by default: the quotation gold counts only text inside quote marks.")]
        public bool IncludeIndirect { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var failed = 0;
        var line = 0;
        foreach (var text in await File.ReadAllLinesAsync(settings.File, cancellationToken).ConfigureAwait(false))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(text);
                var docno = Field(json.RootElement, "docno", "id") ?? line.ToString(CultureInfo.InvariantCulture);
                var body = Field(json.RootElement, "text", "body", "content") ?? "";
                var quotes = QuotationExtractor.Extract(body, new QuoteExtractionOptions(IncludeIndirect: settings.IncludeIndirect)).Select(q => new
                {
                    text = q.Text,
                    speaker = q.Speaker?.Name,
                    kind = AnalysisJson.Kind(q.Kind),
                    start = q.Span.Start,
                    length = q.Span.Length,
                    cue = q.Cue,
                });
                Console.WriteLine(JsonSerializer.Serialize(new { docno, quotes }, AnalysisJson.Options));
            }
            catch (JsonException ex)
            {
                failed++;
                await Console.Error.WriteLineAsync($"{settings.File} line {line}: {ex.Message}").ConfigureAwait(false);
            }
        }

        return failed == 0 ? 0 : 1;
    }

    private static string? Field(JsonElement element, params string[] names)
    {
        foreach (var name in names)
        {
            if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }
        }

        return null;
    }
}

/// <summary>`mm ner FILE.txt`: CoNLL tokens in, the same tokens with BIO PERS/ORG/LOC tags out (for ../shared/tools/score-ner).</summary>
internal sealed class NerCommand : AsyncCommand<NerCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE.txt>")]
        [Description("CoNLL: one token per line, optionally followed by a tag (ignored).")]
        public string File { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var tokens = (await File.ReadAllLinesAsync(settings.File, cancellationToken).ConfigureAwait(false))
            .Select(line => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is [var token, ..] ? token : "")
            .ToList();
        var tags = ConllTagger.Tag(tokens, StarterRegistry.ToActorRegistry());
        var output = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Length == 0)
            {
                output.AppendLine();
                continue;
            }

            output.Append(tokens[i]).Append(' ').AppendLine(tags[i]);
        }

        await Console.Out.WriteAsync(output.ToString()).ConfigureAwait(false);
        return 0;
    }
}

/// <summary>`mm reanalyze`: rebuild every article's analysis with the current registry and topic rules.</summary>
internal sealed class ReanalyzeCommand : AsyncCommand<DatabaseSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DatabaseSettings settings, CancellationToken cancellationToken)
    {
        await using var services = await CliServices.BuildAsync(settings.Database, cancellationToken).ConfigureAwait(false);
        var service = services.GetRequiredService<ReanalysisService>();
        ReanalysisReport? report = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progressContext =>
            {
                var task = progressContext.AddTask("reanalyse", maxValue: 1);
                var progress = new SyncProgress<ReanalysisProgress>(p =>
                {
                    task.MaxValue = Math.Max(p.Total, 1);
                    task.Value = p.Done;
                });
                report = await service.RunAsync(progress, cancellationToken).ConfigureAwait(false);
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"{report!.Articles:N0} articles in {report.Elapsed.TotalSeconds:F1} s: {report.Mentions:N0} mentions, {report.Quotes:N0} quotations, {report.ArticleTopics:N0} topic tags, {report.DiscoveredActors:N0} discovered actors");
        return 0;
    }
}

/// <summary>`mm bench analyze`: analysis alone (no database), on one core, over generated demo news and, when present, the real dev corpora.</summary>
internal sealed class BenchAnalyzeCommand : AsyncCommand<BenchAnalyzeCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--articles <N>")]
        [Description("Generated demo articles to analyse (default 5000).")]
        public int Articles { get; init; } = 5000;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var runner = new ArticleAnalysisRunner(StarterRegistry.ToActorRegistry(), new MediaMonitor.Analysis.Topics.TopicClassifier(MediaMonitor.Analysis.Topics.StarterTopics.All));
        var sets = new List<(string Name, List<(string Title, string Body)> Articles)>
        {
            ("demo (generated)", DemoCorpus.Generate(new DemoOptions(settings.Articles, new DateOnly(2026, 1, 31))).Select(d => (d.Title, d.Body)).ToList()),
        };
        if (MediaMonitor.Core.Storage.RepositoryRoot.SharedFolder(MediaMonitor.Core.Storage.RepositoryRoot.Locate()) is { } shared)
        {
            foreach (var corpus in new[] { "ant-dev", "saudinewsnet-dev" })
            {
                var reader = new ArticleSourceReader(new ReaderOptions());
                var articles = new List<(string, string)>();
                await foreach (var item in reader.ReadAsync([Path.Combine(shared, "corpus", corpus)], null, cancellationToken).ConfigureAwait(false))
                {
                    if (item.Draft is { } d)
                    {
                        articles.Add((d.Title, d.Body));
                    }
                }

                sets.Add((corpus, articles));
            }
        }

        var table = new Table().AddColumns("corpus", "articles", "avg chars", "seconds", "articles/s", "MB/s (UTF-16)");
        foreach (var (name, articles) in sets)
        {
            // Three single-threaded passes, the best one counted: the first runs while the JIT is still tiering up.
            var chars = articles.Sum(a => (long)a.Body.Length);
            var seconds = double.MaxValue;
            for (var pass = 0; pass < 3; pass++)
            {
                var clock = Stopwatch.StartNew();
                foreach (var (title, body) in articles)
                {
                    runner.Analyze(title, body);
                }

                seconds = Math.Min(seconds, clock.Elapsed.TotalSeconds);
            }

            table.AddRow(name, articles.Count.ToString("N0", CultureInfo.InvariantCulture), (chars / Math.Max(articles.Count, 1)).ToString("N0", CultureInfo.InvariantCulture),
                seconds.ToString("F2", CultureInfo.InvariantCulture), (articles.Count / seconds).ToString("N0", CultureInfo.InvariantCulture),
                (chars * 2 / 1e6 / seconds).ToString("F1", CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        return 0;
    }
}
