using System.Diagnostics;

namespace MediaMonitor.Analysis.Tests;

/// <summary>
/// The shared evaluation data (../shared next to the folder holding MediaMonitor.sln). It is never copied into
/// the repository; tests that need it skip when it is absent.
/// </summary>
internal static class SharedCorpus
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    public static string? Path => Root.Value;

    public static string File(params string[] parts) =>
        System.IO.Path.Combine([Path ?? throw new InvalidOperationException("shared corpus not found"), .. parts]);

    /// <summary>Runs a scorer from ../shared/tools and returns its standard output.</summary>
    public static string RunTool(string tool, params string[] args)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(File("tools", tool));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {tool}");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error}");
        }

        return output;
    }

    private static string? FindRoot()
    {
        // the build output may live outside the repository (--artifacts-path), so also start from this source file
        foreach (var start in new[] { AppContext.BaseDirectory, SourceDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "MediaMonitor.sln")))
                {
                    var shared = System.IO.Path.Combine(dir.FullName, "..", "shared");
                    return Directory.Exists(System.IO.Path.Combine(shared, "corpus")) ? System.IO.Path.GetFullPath(shared) : null;
                }
            }
        }

        return null;
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        System.IO.Path.GetDirectoryName(path) ?? ".";
}

/// <summary>A fact that needs ../shared; skipped with the reason when the data is not there.</summary>
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute()
    {
        if (SharedCorpus.Path is null)
        {
            Skip = "needs ../shared/corpus and ../shared/tools next to the repository (evaluation data is not part of the repo)";
        }
    }
}
