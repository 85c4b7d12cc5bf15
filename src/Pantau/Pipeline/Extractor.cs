using Pantau.Claims;
using Pantau.Dates;
using Pantau.Languages;
using Pantau.Numbers;

namespace Pantau.Pipeline;

/// <summary>
/// The extraction pipeline, built once and reused: normalise nothing, keep offsets; tokenize,
/// match lexicons, find the dateline, dates and figures, assemble claims, merge repeats.
/// Thread-safe: every call works on its own <see cref="Document"/>.
/// </summary>
public sealed class Extractor
{
    private readonly LanguageCatalog _catalog;
    private readonly ILanguageIdentifier _identifier;
    private readonly IReadOnlyList<IDocumentStage> _stages;

    public Extractor(LanguageCatalog catalog, ILanguageIdentifier identifier)
    {
        _catalog = catalog;
        _identifier = identifier;
        _stages =
        [
            new TokenizeStage(),
            new LexiconStage(),
            new ReferenceStage(),
            new DatelineStage(),
            new DateStage(),
            new QuantityStage(),
            new ClaimStage(),
            new MergeStage(),
        ];
    }

    public static Extractor CreateDefault()
    {
        var catalog = new LanguageCatalog(new EmbeddedLexiconStore());
        return new Extractor(catalog, new LinguaLanguageIdentifier(catalog));
    }

    public LanguageCatalog Catalog => _catalog;

    public ExtractionResult Extract(Article article)
    {
        var code = NormalizeLanguage(article.Language) ?? _identifier.Identify(article.Text);
        if (code is null)
            return new ExtractionResult(article, null, ExtractionNotice.UnknownLanguage, "cannot tell the language of the text; give it with --lang", null);
        if (!_catalog.Supports(code))
        {
            return new ExtractionResult(article, null, ExtractionNotice.UnsupportedLanguage,
                $"language '{code}' ({LanguageName(code)}) has no lexicons; supported: {string.Join(", ", _catalog.Languages)}", code);
        }
        var document = new Document(article.Id, article.Text, _catalog.Get(code), article.Date);
        foreach (var stage in _stages)
            stage.Process(document);
        return new ExtractionResult(article, document, ExtractionNotice.None, null, code);
    }

    /// <summary>"en-US" and "EN" are "en".</summary>
    private static string? NormalizeLanguage(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
            return null;
        var code = language.Trim().ToLowerInvariant();
        int dash = code.IndexOfAny(['-', '_']);
        return dash > 0 ? code[..dash] : code;
    }

    private static string LanguageName(string code) =>
        Enum.TryParse<Lingua.IsoCode6391>(code, ignoreCase: true, out var iso)
            ? Lingua.LanguageInfo.GetByIsoCode6391(iso).ToString()
            : "unknown";
}
