using System.ComponentModel;
using System.Globalization;
using MediaMonitor.Core.Actors;
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

        [CommandOption("--top <N>")]
        [Description("How many top actors and speakers to list (default 20).")]
        public int Top { get; init; } = 20;
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = await CliServices.BuildAsync(settings.Database, cancellationToken).ConfigureAwait(false);
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

        var actors = services.GetRequiredService<ActorQueries>();
        var top = new Table().Title("top actors").AddColumns("actor", "type", "status", "articles", "mentions", "quoted");
        foreach (var row in await actors.TopActorsAsync(settings.Top, cancellationToken).ConfigureAwait(false))
        {
            top.AddRow(Markup.Escape(row.Name), row.Type, row.Status, N(row.Articles), N(row.Mentions), N(row.Quotes));
        }

        AnsiConsole.Write(top);
        var speakers = new Table().Title("most-quoted speakers").AddColumns("speaker", "type", "quotations", "articles");
        foreach (var row in await actors.TopSpeakersAsync(settings.Top, cancellationToken).ConfigureAwait(false))
        {
            speakers.AddRow(Markup.Escape(row.Name), row.Type, N(row.Quotes), N(row.Articles));
        }

        AnsiConsole.Write(speakers);
        return 0;
    }
}
