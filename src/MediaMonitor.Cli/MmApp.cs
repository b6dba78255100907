using MediaMonitor.Cli.Commands;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli;

/// <summary>The `mm` command line, callable in-process (tests run it exactly as the shell would).</summary>
public static class MmApp
{
    public static Task<int> RunAsync(string[] args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("mm");
            config.AddCommand<ImportCommand>("import")
                .WithDescription("Import articles from files, folders or feed URLs (txt, ANT <DOC>, JSON/JSONL, CSV, RSS/Atom, HTML).")
                .WithExample("import", "../shared/corpus/ant-dev", "--source", "ANT");
            config.AddCommand<StatsCommand>("stats").WithDescription("Articles per source and per day.");
            config.AddCommand<DemoCommand>("demo").WithDescription("Load the fictional demo corpus (N generated articles).");
            config.AddCommand<AnalyzeCommand>("analyze").WithDescription("Analyse one article file: byline, actors, quotations with speakers, topics (JSON).");
            config.AddCommand<QuotesCommand>("quotes").WithDescription("Quotation predictions (JSONL) for articles in a JSONL file, for ../shared/tools/score-quotes.");
            config.AddCommand<NerCommand>("ner").WithDescription("BIO PERS/ORG/LOC tags for a CoNLL token file, for ../shared/tools/score-ner.");
            config.AddCommand<BriefingCommand>("briefing").WithDescription("The daily summary of a day (or --from/--to and --source) as a Word document.");
            config.AddCommand<ReanalyzeCommand>("reanalyze").WithDescription("Rebuild mentions, quotations, topics and rollups for the whole database.");
            config.AddBranch("bench", bench =>
            {
                bench.SetDescription("Benchmarks that print figures (ratios against a baseline measured in the same run).");
                bench.AddCommand<BenchImportCommand>("import").WithDescription("Full import vs bare insert of N generated articles.");
                bench.AddCommand<BenchAnalyzeCommand>("analyze").WithDescription("Analysis alone: articles/s and MB/s on one core.");
                bench.AddCommand<BenchQueriesCommand>("queries").WithDescription("Every dashboard query (p50/p95) on N generated articles, rollups vs raw tables.");
            });
        });
        return app.RunAsync(args);
    }
}
