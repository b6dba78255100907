using System.Runtime.CompilerServices;

namespace MediaMonitor.Core.Tests.TestSupport;

/// <summary>
/// The real data in ../shared/corpus beside the repository (never copied into it). The repository root is found
/// by walking up to MediaMonitor.sln from the test's output folder, the working folder, or this source file.
/// </summary>
public static class SharedCorpus
{
    private static readonly Lazy<string?> Root = new(FindRepositoryRoot);

    /// <summary>The folder holding MediaMonitor.sln, or null when none was found.</summary>
    public static string? RepositoryRoot => Root.Value;

    /// <summary>Where the corpus is expected: &lt;repo&gt;/../shared/corpus.</summary>
    public static string CorpusPath => Path.GetFullPath(Path.Combine(RepositoryRoot ?? AppContext.BaseDirectory, "..", "shared", "corpus"));

    public static bool IsAvailable => Directory.Exists(CorpusPath);

    public static string SeedArticle => Path.Combine(CorpusPath, "seed", "kadhimi-nato.txt");

    public static string AntDev => Path.Combine(CorpusPath, "ant-dev");

    public static string SaudiNewsNetDev => Path.Combine(CorpusPath, "saudinewsnet-dev", "saudinewsnet-dev.jsonl");

    public static string QuotesDevArticles => Path.Combine(CorpusPath, "quotes-dev", "articles.jsonl");

    private static string? FindRepositoryRoot() =>
        new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), ThisSourceFolder() }
            .Select(WalkUpToSolution)
            .FirstOrDefault(root => root is not null);

    private static string? WalkUpToSolution(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MediaMonitor.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    // Builds with --artifacts-path put the binaries outside the repository; the source path still leads back to it.
    private static string ThisSourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? path;
}

/// <summary>A fact that is skipped, saying why, when ../shared/corpus is not beside the repository.</summary>
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute()
    {
        if (!SharedCorpus.IsAvailable)
        {
            Skip = $"../shared/corpus not found: looked for {SharedCorpus.CorpusPath} (the real-data tests need the shared corpus beside the repository)";
        }
    }
}
