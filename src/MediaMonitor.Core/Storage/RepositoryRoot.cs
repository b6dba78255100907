namespace MediaMonitor.Core.Storage;

/// <summary>Finds the repository root (the folder holding MediaMonitor.sln) so that relative paths in appsettings.json mean the same from the web app, the CLI and tests.</summary>
public static class RepositoryRoot
{
    public const string SolutionFile = "MediaMonitor.sln";

    /// <summary>Walks up from <paramref name="start"/>; null when no folder above holds the solution.</summary>
    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>
    /// The repository root seen from the running assembly, else from the build's record of it (test assemblies carry
    /// one, for builds into an artifacts folder), else from the current directory; null outside a repository.
    /// </summary>
    public static string? Locate(System.Reflection.Assembly? built = null) =>
        Find(AppContext.BaseDirectory)
        ?? FromMetadata(built ?? System.Reflection.Assembly.GetEntryAssembly())
        ?? Find(Directory.GetCurrentDirectory());

    /// <summary>Like <see cref="Locate"/>, falling back to the current directory.</summary>
    public static string FindOrCurrent() => Locate() ?? Directory.GetCurrentDirectory();

    /// <summary>The shared data folder (<c>../shared</c> beside <paramref name="root"/>), or null when absent.</summary>
    public static string? SharedFolder(string? root)
    {
        if (root is null)
        {
            return null;
        }

        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared"));
        return Directory.Exists(shared) ? shared : null;
    }

    private static string? FromMetadata(System.Reflection.Assembly? assembly)
    {
        var recorded = assembly?.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .OfType<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        return recorded is not null && File.Exists(Path.Combine(recorded, SolutionFile)) ? Path.GetFullPath(recorded) : null;
    }
}
