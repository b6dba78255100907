using System.ComponentModel;
using System.Globalization;
using MediaMonitor.Core.Briefing;
using MediaMonitor.Core.Daily;
using MediaMonitor.Core.Sources;
using MediaMonitor.Core.Stories;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli.Commands;

/// <summary>`mm briefing`: the daily summary of a day (or a period and outlets) as a Word document, charts drawn on the server.</summary>
internal sealed class BriefingCommand : AsyncCommand<BriefingCommand.Settings>
{
    internal sealed class Settings : DatabaseSettings
    {
        [CommandOption("--day <YYYY-MM-DD>")]
        [Description("The day (UTC); default: the latest day with articles.")]
        public string? Day { get; init; }

        [CommandOption("--from <YYYY-MM-DD>")]
        [Description("First day of a period (with --to) instead of one day.")]
        public string? From { get; init; }

        [CommandOption("--to <YYYY-MM-DD>")]
        [Description("Last day of the period.")]
        public string? To { get; init; }

        [CommandOption("--source <NAME>")]
        [Description("Only this outlet (repeatable).")]
        public string[] Sources { get; init; } = [];

        [CommandOption("--out <FILE>")]
        [Description("Where to write the .docx (default briefing-<day>.docx).")]
        public string? Out { get; init; }

        [CommandOption("--base-url <URL>")]
        [Description("Address of the MediaMonitor web app, for the links to the reader (default http://localhost:5219).")]
        public string BaseUrl { get; init; } = "http://localhost:5219";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = await CliServices.BuildAsync(settings.Database, cancellationToken).ConfigureAwait(false);
        var sourceIds = new List<long>();
        if (settings.Sources.Length > 0)
        {
            var all = await services.GetRequiredService<SourceQueries>().ListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var name in settings.Sources)
            {
                var match = all.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
                if (match is null)
                {
                    AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]no outlet named {name}[/]");
                    return 2;
                }

                sourceIds.Add(match.Id);
            }
        }

        var daily = services.GetRequiredService<DailySummaryService>();
        DailySummary summary;
        if (settings.From is not null || settings.To is not null)
        {
            var from = Parse(settings.From ?? settings.To!);
            var to = Parse(settings.To ?? settings.From!);
            summary = await daily.SummarizeAsync(new PeriodFilter(from, to, sourceIds), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var day = settings.Day is null
                ? await services.GetRequiredService<DailyQueries>().LatestDayAsync(cancellationToken).ConfigureAwait(false)
                : Parse(settings.Day);
            summary = await daily.ForDayAsync(day, sourceIds, cancellationToken).ConfigureAwait(false);
        }

        var bytes = services.GetRequiredService<BriefingService>().Export(summary, null, settings.BaseUrl);
        var path = Path.GetFullPath(settings.Out ?? BriefingService.FileName(summary.Filter));
        await File.WriteAllBytesAsync(path, bytes, cancellationToken).ConfigureAwait(false);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"{path}: {summary.Articles.Value:N0} articles, {summary.Stories.Value:N0} stories, {summary.Outlets.Value:N0} outlets, {summary.KeyQuotes.Count} key quotations ({bytes.Length:N0} bytes)");
        return 0;
    }

    private static DateOnly Parse(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
