using MediaMonitor.Core.Storage;
using Microsoft.Playwright;

namespace MediaMonitor.Browser.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright (never a downloaded browser), plus one app server with the seed article and a
/// small demo corpus, shared by the browser tests of a collection.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public AppServer Server { get; private set; } = null!;

    public static string ScreenshotFolder { get; } = Path.Combine(AppServer.RepoRoot, "artifacts", "screenshots");

    /// <summary>Null when the browser tests can run here, else why not.</summary>
    public static string? Unavailable { get; } = !File.Exists(ChromiumPath)
        ? $"Chromium not found at {ChromiumPath}: install Debian's chromium package (.ci/run does)."
        : null;

    public async Task InitializeAsync()
    {
        Server = new AppServer(demoArticles: 150);
        if (Unavailable is not null)
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseUrl,
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
            Locale = "ar",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }

    /// <summary>Waits until the interactive circuit is up, so clicks reach .NET and not just the prerendered HTML.</summary>
    public static async Task WaitForCircuitAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        // The layout marks itself once the circuit renders it; prerendered HTML looks the same but ignores clicks.
        await page.WaitForFunctionAsync("() => document.querySelector('.mud-layout[data-interactive=\"true\"]') !== null");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    public static Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public static string? SharedFolder => RepositoryRoot.SharedFolder(AppServer.RepoRoot);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>A browser test: skipped with the reason when Chromium is missing.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserFixture.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A browser test that also needs ../shared (the seed article): skipped with the reason when either is missing.</summary>
public sealed class BrowserWithSeedFactAttribute : FactAttribute
{
    public BrowserWithSeedFactAttribute()
    {
        if (BrowserFixture.Unavailable is { } reason)
        {
            Skip = reason;
        }
        else if (BrowserFixture.SharedFolder is null || !File.Exists(Path.Combine(BrowserFixture.SharedFolder, "corpus", "seed", "kadhimi-nato.txt")))
        {
            Skip = "../shared/corpus/seed/kadhimi-nato.txt not found: the seed article test needs the shared corpus beside the repository.";
        }
    }
}
