using MediaMonitor.Core.Ingestion.Readers;

namespace MediaMonitor.Core.Ingestion;

/// <summary>One file or URL to read.</summary>
/// <param name="DisplayName">How errors and origins name it: the path as given (folder + relative path) or the URL.</param>
/// <param name="FilePath">The file to read, or null for a URL.</param>
/// <param name="Url">The http(s) URL to fetch, or null for a file.</param>
public sealed record ImportInput(string DisplayName, string? FilePath, Uri? Url);

/// <summary>A file passed over without reading, and why (e.g. "not an article file type (.md)").</summary>
public sealed record SkippedInput(string DisplayName, string Reason);

/// <summary>
/// What an import will read, found before reading starts: the inputs in reading order, the files skipped, and
/// the arguments that name nothing (missing paths, unsupported URL schemes).
/// </summary>
public sealed record ImportPlan(IReadOnlyList<ImportInput> Inputs, IReadOnlyList<SkippedInput> Skipped, IReadOnlyList<ImportItemError> Errors);

/// <summary>
/// Expands import arguments (files, folders, http(s) URLs) into an <see cref="ImportPlan"/>. Folders are read
/// recursively, hidden entries left out, files in ordinal order of their relative path so that every run reads
/// them in the same order. Files of other types, and a folder's README/PROVENANCE/LICENSE files, are skipped
/// rather than failed.
/// </summary>
public static class ImportInputs
{
    private static readonly string[] DocumentationNames = ["README", "PROVENANCE", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE", "COPYING", "CONTRIBUTING"];

    /// <summary>The file extensions the readers take (".txt", ".json", ".jsonl", ".csv", ".xml", ".html", …).</summary>
    public static IReadOnlyCollection<string> SupportedExtensions => FormatDetector.Extensions;

    /// <summary>Whether a file of this name would be read (by its extension).</summary>
    public static bool IsSupportedFile(string fileName) => FormatDetector.IsSupportedExtension(fileName);

    /// <summary>Lists what <paramref name="pathsOrUrls"/> name; touches the file system only to list folders and check files exist.</summary>
    public static ImportPlan Plan(IReadOnlyList<string> pathsOrUrls)
    {
        ArgumentNullException.ThrowIfNull(pathsOrUrls);
        var inputs = new List<ImportInput>();
        var skipped = new List<SkippedInput>();
        var errors = new List<ImportItemError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in pathsOrUrls)
        {
            var argument = raw?.Trim();
            if (string.IsNullOrEmpty(argument))
            {
                continue;
            }

            if (argument.Contains("://", StringComparison.Ordinal))
            {
                if (Uri.TryCreate(argument, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
                {
                    if (seen.Add(url.AbsoluteUri))
                    {
                        inputs.Add(new ImportInput(argument, null, url));
                    }

                    continue;
                }

                if (url is not { IsFile: true } fileUrl)
                {
                    errors.Add(new ImportItemError(argument, "file", "only http and https URLs can be read"));
                    continue;
                }

                argument = fileUrl.LocalPath;
            }

            if (File.Exists(argument))
            {
                AddFile(argument, argument, inFolder: false, inputs, skipped, seen);
            }
            else if (Directory.Exists(argument))
            {
                AddFolder(argument, inputs, skipped, errors, seen);
            }
            else
            {
                errors.Add(new ImportItemError(argument, "file", "not found"));
            }
        }

        return new ImportPlan(inputs, skipped, errors);
    }

    private static void AddFolder(string folder, List<ImportInput> inputs, List<SkippedInput> skipped, List<ImportItemError> errors, HashSet<string> seen)
    {
        var root = Path.GetFullPath(folder);
        List<string> relativePaths;
        try
        {
            var options = new EnumerationOptions
            {
                RecurseSubdirectories = true,
                IgnoreInaccessible = true,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                MatchType = MatchType.Simple,
            };
            relativePaths = Directory.EnumerateFiles(root, "*", options)
                .Select(path => Path.GetRelativePath(root, path))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new ImportItemError(folder, "file", "the folder cannot be listed: " + ex.Message));
            return;
        }

        foreach (var relative in relativePaths)
        {
            AddFile(Path.Join(folder, relative), Path.Join(root, relative), inFolder: true, inputs, skipped, seen);
        }
    }

    private static void AddFile(string displayName, string path, bool inFolder, List<ImportInput> inputs, List<SkippedInput> skipped, HashSet<string> seen)
    {
        if (!seen.Add(Path.GetFullPath(path)))
        {
            return;
        }

        var fileName = Path.GetFileName(path);
        if (inFolder && IsDocumentation(fileName))
        {
            skipped.Add(new SkippedInput(displayName, "documentation file, not an article"));
        }
        else if (!IsSupportedFile(fileName))
        {
            var extension = Path.GetExtension(fileName);
            skipped.Add(new SkippedInput(displayName, extension.Length == 0 ? "no file extension" : $"not an article file type ({extension})"));
        }
        else
        {
            inputs.Add(new ImportInput(displayName, path, null));
        }
    }

    private static bool IsDocumentation(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        return DocumentationNames.Any(name => stem.Equals(name, StringComparison.OrdinalIgnoreCase));
    }
}
