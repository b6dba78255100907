using MediaMonitor.Core.Storage;

namespace MediaMonitor.Web;

/// <summary>
/// Where the host finds appsettings.json and wwwroot: the repository root when running from a build inside the
/// repository (`dotnet run --project src/MediaMonitor.Web`), otherwise the app's own folder (a publish output).
/// </summary>
internal static class WebHostLocation
{
    public static WebApplicationOptions Options(string[] args)
    {
        var root = RepositoryRootIfBuildOutput();
        return root is null
            ? new WebApplicationOptions { Args = args }
            : new WebApplicationOptions { Args = args, ContentRootPath = root, WebRootPath = Path.Combine(root, "wwwroot") };
    }

    /// <summary>Only a build output carries the static web assets runtime manifest; a publish output never does.</summary>
    private static string? RepositoryRootIfBuildOutput()
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, typeof(WebHostLocation).Assembly.GetName().Name + ".staticwebassets.runtime.json");
        return File.Exists(manifest) ? RepositoryRoot.Find(AppContext.BaseDirectory) : null;
    }
}
