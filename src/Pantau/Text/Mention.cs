using Pantau.Languages;

namespace Pantau.Text;

/// <summary>
/// A lexicon match in a document: the tokens <c>[FirstToken, EndToken)</c>, their text span,
/// and every lexicon row whose form matched there (a form may be listed in several files).
/// </summary>
public sealed record Mention(int FirstToken, int EndToken, TextSpan Span, IReadOnlyList<LexiconEntry> Entries)
{
    // Indexed loops: a foreach over IReadOnlyList boxes its enumerator, and these run for every token.
    public T? Get<T>() where T : LexiconEntry
    {
        for (int i = 0; i < Entries.Count; i++)
        {
            if (Entries[i] is T match)
                return match;
        }
        return null;
    }

    public bool Has<T>() where T : LexiconEntry => Get<T>() is not null;

    public bool IsCue(CueKind kind)
    {
        for (int i = 0; i < Entries.Count; i++)
        {
            if (Entries[i] is CueEntry cue && cue.Cue == kind)
                return true;
        }
        return false;
    }
}
