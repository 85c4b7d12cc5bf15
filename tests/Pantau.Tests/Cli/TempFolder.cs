using System.Text;

namespace Pantau.Tests.Cli;

/// <summary>A fresh folder under the system's temporary folder, deleted with everything in it on disposal.</summary>
internal sealed class TempFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public TempFolder() => FullPath = Directory.CreateTempSubdirectory("pantau-cli-tests-").FullName;

    public string FullPath { get; }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte order mark; returns <paramref name="name"/>, the path relative to the folder.</summary>
    public string Write(string name, string text) => Write(name, Utf8.GetBytes(text));

    /// <summary>Writes <paramref name="bytes"/> as they are; returns <paramref name="name"/>.</summary>
    public string Write(string name, byte[] bytes)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return name;
    }

    /// <summary>The full path of <paramref name="name"/> in the folder.</summary>
    public string PathOf(string name) => Path.Combine(FullPath, name);

    public void Dispose()
    {
        if (Directory.Exists(FullPath))
            Directory.Delete(FullPath, recursive: true);
    }
}
