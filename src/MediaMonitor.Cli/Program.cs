return await MediaMonitor.Cli.MmApp.RunAsync(args).ConfigureAwait(false);
