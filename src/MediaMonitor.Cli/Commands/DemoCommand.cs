using System.ComponentModel;
using System.Globalization;
using MediaMonitor.Core.Setup;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli.Commands;

internal sealed class DemoCommand : AsyncCommand<DemoCommand.Settings>
{
    internal sealed class Settings : DatabaseSettings
    {
        [CommandOption("--articles <N>")]
        [Description("How many fictional articles to generate (default 1800).")]
        public int Articles { get; init; } = 1800;

        [CommandOption("--days <N>")]
        [Description("Spread over this many days (default 90).")]
        public int Days { get; init; } = 90;

        [CommandOption("--end <YYYY-MM-DD>")]
        [Description("Last day of the corpus (default today, UTC).")]
        public string? End { get; init; }

        public override ValidationResult Validate() =>
            Articles < 1 || Days < 1 ? ValidationResult.Error("--articles and --days must be positive.")
            : End is not null && !DateOnly.TryParseExact(End, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? ValidationResult.Error("--end must be YYYY-MM-DD.")
                : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = await CliServices.BuildAsync(settings.Database, cancellationToken).ConfigureAwait(false);
        var demo = services.GetRequiredService<DemoDataService>();
        var end = settings.End is null ? DateOnly.FromDateTime(DateTime.UtcNow) : DateOnly.ParseExact(settings.End, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var report = await demo.LoadDemoAsync(settings.Articles, end, settings.Days, null, cancellationToken).ConfigureAwait(false);
        ReportPrinter.Print(report);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{report.Imported / Math.Max(report.Elapsed.TotalSeconds, 1e-9):N0} articles/s");
        return report.Succeeded ? 0 : 1;
    }
}
