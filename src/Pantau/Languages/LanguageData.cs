using System.Collections.Frozen;
using Pantau.Matching;
using Pantau.Text;

namespace Pantau.Languages;

/// <summary>
/// Everything Pantau knows about one language, compiled once: its profile, tokenizer,
/// sentence segmenter and one phrase matcher over all its lexicon rows (common rows included).
/// Immutable and safe to share between threads.
/// </summary>
public sealed class LanguageData
{
    internal LanguageData(LanguageProfile profile, PhraseMatcher<LexiconEntry> matcher, int entryCount, Gazetteer gazetteer,
        FrozenSet<string> personShortForms)
    {
        Profile = profile;
        Gazetteer = gazetteer;
        PersonShortForms = personShortForms;
        Tokenizer = new Tokenizer(profile.Segmentation);
        Segmenter = new SentenceSegmenter(profile.Abbreviations);
        Matcher = matcher;
        EntryCount = entryCount;
    }

    public LanguageProfile Profile { get; }

    public Tokenizer Tokenizer { get; }

    public SentenceSegmenter Segmenter { get; }

    public PhraseMatcher<LexiconEntry> Matcher { get; }

    /// <summary>The actor codes the language's rows refer to, shared by all languages.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>
    /// Single words that stand for a person once named in full (<see cref="PersonNames"/>). A frozen set
    /// with ordinal keys, so that a token's characters are looked up without making a string of them.
    /// </summary>
    public FrozenSet<string> PersonShortForms { get; }

    public int EntryCount { get; }
}
