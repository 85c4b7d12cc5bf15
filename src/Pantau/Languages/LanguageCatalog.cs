using System.Collections.Concurrent;

namespace Pantau.Languages;

/// <summary>
/// The languages available from one lexicon store. Each language is loaded and compiled on
/// first use, once; the catalog is safe to share between threads.
/// </summary>
public sealed class LanguageCatalog
{
    private readonly LexiconLoader _loader;
    private readonly ConcurrentDictionary<string, Lazy<LanguageData>> _languages = new(StringComparer.Ordinal);

    public LanguageCatalog(ILexiconStore store)
    {
        _loader = new LexiconLoader(store);
        Gazetteer = _loader.LoadGazetteer();
        Languages = store.Languages;
    }

    public Gazetteer Gazetteer { get; }

    /// <summary>ISO 639-1 codes of the languages that have data.</summary>
    public IReadOnlyList<string> Languages { get; }

    public bool Supports(string code) => Languages.Contains(code);

    /// <summary>The compiled data of a supported language; throws <see cref="LexiconException"/> when its files are invalid.</summary>
    public LanguageData Get(string code) =>
        _languages.GetOrAdd(code, c => new Lazy<LanguageData>(() => _loader.LoadLanguage(c, Gazetteer))).Value;
}
