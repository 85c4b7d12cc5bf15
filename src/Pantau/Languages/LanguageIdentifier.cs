using Lingua;

namespace Pantau.Languages;

/// <summary>Tells the language of a text as an ISO 639-1 code, or null when it cannot.</summary>
public interface ILanguageIdentifier
{
    string? Identify(string text);
}

/// <summary>
/// Language identification with Lingua, over the languages Pantau has data for plus their
/// close neighbours, so that a Dutch or Persian article is named as such (and refused with a
/// notice) rather than read as German or Arabic. Lingua confuses Indonesian and Malay; the
/// marker words of each language's <c>language.json</c> settle it. Thread-safe.
/// </summary>
public sealed class LinguaLanguageIdentifier : ILanguageIdentifier
{
    /// <summary>Enough text to decide; more only costs time.</summary>
    private const int SampleLength = 3000;

    private const int MarkersToDecide = 3;

    private static readonly Language[] Neighbours =
    [
        Language.Dutch, Language.Swedish, Language.Danish, Language.Bokmal, Language.Finnish, Language.Czech,
        Language.Slovak, Language.Romanian, Language.Hungarian, Language.Croatian, Language.Serbian,
        Language.Bulgarian, Language.Belarusian, Language.Persian, Language.Urdu, Language.Hebrew,
        Language.Greek, Language.Thai, Language.Hindi, Language.Bengali, Language.Catalan, Language.Swahili,
        Language.Azerbaijani, Language.Kazakh, Language.Georgian, Language.Armenian, Language.Latvian,
        Language.Lithuanian, Language.Estonian, Language.Slovene,
        // The languages of the corpora Pantau is heading for, so that each is named until its lexicons exist.
        Language.Malay, Language.Tagalog, Language.Vietnamese, Language.Turkish, Language.Polish, Language.Arabic,
        Language.Japanese, Language.Chinese, Language.Korean, Language.Russian, Language.Ukrainian, Language.German,
        Language.French, Language.Spanish, Language.Italian, Language.Portuguese,
    ];

    private readonly LanguageDetector _detector;
    private readonly LanguageCatalog _catalog;

    public LinguaLanguageIdentifier(LanguageCatalog catalog)
    {
        _catalog = catalog;
        var known = catalog.Languages
            .Select(code => Enum.TryParse<IsoCode6391>(code, ignoreCase: true, out var iso) ? LanguageInfo.GetByIsoCode6391(iso) : Language.Unknown)
            .Where(l => l != Language.Unknown);
        _detector = LanguageDetectorBuilder.FromLanguages([.. known.Concat(Neighbours).Distinct()])
            .WithLowAccuracyMode()
            .Build();
    }

    public string? Identify(string text)
    {
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        var language = _detector.DetectLanguageOf(sample);
        if (language == Language.Unknown)
            return null;
        var code = LanguageInfo.IsoCode6391(language).ToString().ToLowerInvariant();
        return code is "id" or "ms" ? SettleMalayIndonesian(sample, code) : code;
    }

    /// <summary>
    /// Lingua often takes Indonesian for Malay and back. Each language's marker words (words of
    /// one that the other rarely uses) decide when at least <see cref="MarkersToDecide"/> of them occur.
    /// </summary>
    private string SettleMalayIndonesian(string sample, string detected)
    {
        int id = _catalog.Supports("id") ? CountMarkers(sample, _catalog.Get("id").Profile.Markers) : 0;
        int ms = _catalog.Supports("ms") ? CountMarkers(sample, _catalog.Get("ms").Profile.Markers) : 0;
        if (id > ms && id >= MarkersToDecide)
            return "id";
        if (ms > id && ms >= MarkersToDecide)
            return "ms";
        return detected;
    }

    private static int CountMarkers(string text, IReadOnlyList<string> markers)
    {
        int count = 0;
        foreach (var word in text.Split((char[])[' ', '\n', '\r', '\t', ',', '.', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var marker in markers)
            {
                if (word.Equals(marker, StringComparison.OrdinalIgnoreCase))
                    count++;
            }
        }
        return count;
    }
}
