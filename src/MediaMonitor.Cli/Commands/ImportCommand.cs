using System.ComponentModel;
using System.Globalization;
using MediaMonitor.Core.Importing;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli.Commands;

internal sealed class ImportCommand : AsyncCommand<ImportCommand.Settings>
{
    internal sealed class Settings : DatabaseSettings
    {
        [CommandArgument(0, "<PATH|URL>")]
        [Description("Files, folders (recursive) or http(s) feed/page URLs.")]
        public string[] Inputs { get; init; } = [];

        [CommandOption("--source <NAME>")]
        [Description("Source name for every imported article (overrides what the items say).")]
        public string? Source { get; init; }

        [CommandOption("--date <YYYY-MM-DD>")]
        [Description("Date for articles without one (flagged as estimated). Default: the import time.")]
        public string? Date { get; init; }

        public override ValidationResult Validate()
        {
            if (Inputs.Length == 0)
            {
                return ValidationResult.Error("Give at least one file, folder or URL.");
            }

            return Date is null || DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? ValidationResult.Success()
                : ValidationResult.Error("--date must be YYYY-MM-DD.");
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = await CliServices.BuildAsync(settings.Database, cancellationToken).ConfigureAwait(false);
        var importer = services.GetRequiredService<ImportService>();
        var inputs = services.GetRequiredService<ImportInputReader>();
        var plan = ImportInputReader.Plan(settings.Inputs);
        foreach (var skipped in plan.Skipped)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[grey]skipped {skipped.DisplayName}: {skipped.Reason}[/]");
        }

        var request = new ImportRequest
        {
            SkippedFiles = plan.Skipped.Count,
            Inputs = string.Join(" ", settings.Inputs),
            InitiatedBy = "cli",
            SourceOverride = settings.Source,
            DefaultDate = settings.Date is null ? null : DateOnly.ParseExact(settings.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        };

        ImportReport? report = null;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progressContext =>
            {
                var task = progressContext.AddTask("import", maxValue: 1);
                var progress = new SyncProgress<ImportProgress>(p =>
                {
                    if (p.FilesTotal > 0)
                    {
                        task.MaxValue = p.FilesTotal;
                        task.Value = p.FilesDone;
                    }
                    else
                    {
                        task.Description = $"imported {p.Imported:N0} · duplicates {p.Duplicates:N0} · failed {p.Failed:N0}";
                    }
                });
                report = await importer.ImportAsync(inputs.ReadAsync(plan, progress, cancellationToken), request, progress, cancellationToken).ConfigureAwait(false);
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);

        ReportPrinter.Print(report!);
        return report!.Succeeded ? 0 : 1;
    }
}

/// <summary>Reports on the calling thread: <see cref="Progress{T}"/> would post to the thread pool and reorder updates.</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}

internal static class ReportPrinter
{
    private const int ShownErrors = 50;

    public static void Print(ImportReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("imported", "duplicates", "failed", "skipped", "seconds", "run");
        table.AddRow(
            report.Imported.ToString("N0", CultureInfo.InvariantCulture),
            report.Duplicates.ToString("N0", CultureInfo.InvariantCulture),
            report.Failed.ToString("N0", CultureInfo.InvariantCulture),
            report.Skipped.ToString("N0", CultureInfo.InvariantCulture),
            report.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture),
            "#" + report.RunId.ToString(CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        if (report.Status != ImportRunStatus.Completed)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]import {report.Status}[/]");
        }

        foreach (var error in report.Errors.Take(ShownErrors))
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]failed[/] {error.File} [grey]{error.Position}[/]: {error.Reason}");
        }

        if (report.Errors.Count > ShownErrors)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"… and {report.Errors.Count - ShownErrors:N0} more errors (all recorded in import run #{report.RunId}).");
        }
    }
}
