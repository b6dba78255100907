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
            config.AddBranch("bench", bench =>
            {
                bench.SetDescription("Benchmarks that print figures (ratios against a baseline measured in the same run).");
                bench.AddCommand<BenchImportCommand>("import").WithDescription("Full import vs bare insert of N generated articles.");
            });
        });
        return app.RunAsync(args);
    }
}
