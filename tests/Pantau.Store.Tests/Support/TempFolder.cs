using System.Text;

namespace Pantau.Store.Tests.Support;

/// <summary>A fresh folder under the system's temporary folder, deleted with everything in it on disposal.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => FullPath = Directory.CreateTempSubdirectory("pantau-store-tests-").FullName;

    public string FullPath { get; }

    public string PathOf(string name) => Path.Combine(FullPath, name);

    /// <summary>Writes UTF-8 text; returns the full path.</summary>
    public string Write(string name, string text)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(FullPath))
            Directory.Delete(FullPath, recursive: true);
    }
}
