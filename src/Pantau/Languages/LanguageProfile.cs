using Pantau.Text;

namespace Pantau.Languages;

/// <summary>Order of day, month and year in all-numeric dates ("11/2/2025" is 11 February in dmy).</summary>
public enum NumericDateOrder { Dmy, Mdy, Ymd }

/// <summary>Which word of a noun phrase is its head: Indonesian "senjata artileri" (first), English "artillery weapons" (last).</summary>
public enum PhraseHead { First, Last }

/// <summary>How a language is written, from its <c>language.json</c>.</summary>
public sealed record LanguageProfile(
    string Code,
    string Name,
    Segmentation Segmentation,
    char DecimalSeparator,
    char GroupSeparator,
    NumericDateOrder NumericDateOrder,
    PhraseHead PhraseHead,
    IReadOnlyList<string> Markers,
    IReadOnlyList<string> Abbreviations,
    IReadOnlyList<string> PossessiveSuffixes);
