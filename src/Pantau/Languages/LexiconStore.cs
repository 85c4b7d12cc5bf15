using System.Reflection;

namespace Pantau.Languages;

/// <summary>Where lexicon files come from: the copy embedded in the library, or a folder.</summary>
public interface ILexiconStore
{
    /// <summary>A description for messages: "embedded lexicons" or the folder path.</summary>
    string Name { get; }

    /// <summary>The language folders present (ISO 639-1 codes), excluding <c>common</c> and <c>actors</c>.</summary>
    IReadOnlyList<string> Languages { get; }

    /// <summary>Opens <paramref name="path"/> ("en/items.tsv"), or returns null when it does not exist.</summary>
    TextReader? Open(string path);
}

/// <summary>The lexicons compiled into this assembly (see the EmbeddedResource item in Pantau.csproj).</summary>
public sealed class EmbeddedLexiconStore : ILexiconStore
{
    private const string Prefix = "lexicons/";
    private readonly Assembly _assembly = typeof(EmbeddedLexiconStore).Assembly;
    private readonly HashSet<string> _names;

    public EmbeddedLexiconStore()
    {
        _names = _assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..].Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
        Languages = _names
            .Where(n => n.EndsWith("/language.json", StringComparison.Ordinal))
            .Select(n => n[..n.IndexOf('/')])
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    public string Name => "embedded lexicons";

    public IReadOnlyList<string> Languages { get; }

    public TextReader? Open(string path)
    {
        if (!_names.Contains(path))
            return null;
        var stream = _assembly.GetManifestResourceStream(Prefix + path)
            ?? _assembly.GetManifestResourceStream(Prefix + path.Replace('/', '\\'));
        return stream is null ? null : new StreamReader(stream);
    }
}

/// <summary>Lexicons read from a folder laid out like the repository's <c>lexicons/</c>.</summary>
public sealed class DirectoryLexiconStore : ILexiconStore
{
    private readonly string _root;

    public DirectoryLexiconStore(string root)
    {
        _root = root;
        Languages = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Where(d => File.Exists(Path.Combine(d, "language.json")))
                .Select(Path.GetFileName)
                .OfType<string>()
                .Order(StringComparer.Ordinal)
                .ToArray()
            : [];
    }

    public string Name => _root;

    public IReadOnlyList<string> Languages { get; }

    public TextReader? Open(string path)
    {
        var full = Path.Combine(_root, path);
        return File.Exists(full) ? new StreamReader(full) : null;
    }
}
