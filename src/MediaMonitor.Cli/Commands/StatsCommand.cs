using System.ComponentModel;
using System.Globalization;
using MediaMonitor.Core.Stats;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli.Commands;

internal sealed class StatsCommand : AsyncCommand<StatsCommand.Settings>
{
    internal sealed class Settings : DatabaseSettings
    {
        [CommandOption("--days <N>")]
        [Description("How many of the most recent days with articles to list (default 30).")]
        public int Days { get; init; } = 30;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var services = CliServices.Build(settings.Database);
        var stats = services.GetRequiredService<StatsQueries>();
        var totals = await stats.TotalsAsync(cancellationToken).ConfigureAwait(false);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"articles {totals.Articles:N0} · sources {totals.Sources:N0} · actors {totals.Actors:N0} · quotes {totals.Quotes:N0} · import runs {totals.ImportRuns:N0}");

        var perSource = new Table().Title("articles per source").AddColumns("source", "articles", "first day", "last day");
        foreach (var row in await stats.ArticlesPerSourceAsync(cancellationToken).ConfigureAwait(false))
        {
            perSource.AddRow(Markup.Escape(row.Source), row.Articles.ToString("N0", CultureInfo.InvariantCulture), row.FirstDay ?? "", row.LastDay ?? "");
        }

        AnsiConsole.Write(perSource);

        var perDay = new Table().Title("articles per day (UTC)").AddColumns("day", "articles");
        foreach (var row in await stats.ArticlesPerDayAsync(settings.Days, cancellationToken).ConfigureAwait(false))
        {
            perDay.AddRow(row.Day, row.Articles.ToString("N0", CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(perDay);
        return 0;
    }
}
