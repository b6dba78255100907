using MediaMonitor.Web.Tests.Support;

namespace MediaMonitor.Web.Tests;

/// <summary>The app hosted in-process over HTTP: server-rendered Arabic, static assets from the repository's wwwroot.</summary>
public sealed class HostTests : IClassFixture<HostTests.App>
{
    private readonly App app;

    public HostTests(App app) => this.app = app;

    public sealed class App() : DemoApp(40);

    [Fact]
    public async Task HomePageIsArabicRightToLeftWithoutEntityEncoding()
    {
        using var client = app.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("لوحة المتابعة", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/fonts/noto-naskh-arabic/index.css", "text/css")]
    [InlineData("/fonts/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2", "font/woff2")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css", "text/css")]
    [InlineData("/app.css", "text/css")]
    public async Task StaticAssetsAreServedFromTheRepositoryWwwroot(string path, string contentType)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
    }

    [Fact]
    public async Task ArticlesPageListsTheDemoArticlesLoadedOnFirstStart()
    {
        using var client = app.CreateClient();

        var html = await client.GetStringAsync(new Uri("/articles", UriKind.Relative));

        Assert.Contains("data-testid=\"article-link\"", html, StringComparison.Ordinal);
        Assert.Contains("مقالة", html, StringComparison.Ordinal);
    }
}
