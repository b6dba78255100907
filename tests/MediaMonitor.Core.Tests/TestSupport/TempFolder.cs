using System.Text;

namespace MediaMonitor.Core.Tests.TestSupport;

/// <summary>A temp folder for files a test writes itself, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("mm-readers-");

    public string Path => folder.FullName;

    public string Write(string relativePath, string text) => Write(relativePath, new UTF8Encoding(false).GetBytes(text));

    public string Write(string relativePath, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => folder.Delete(recursive: true);
}
