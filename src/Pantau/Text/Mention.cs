using Pantau.Languages;

namespace Pantau.Text;

/// <summary>
/// A lexicon match in a document: the tokens <c>[FirstToken, EndToken)</c>, their text span,
/// and every lexicon row whose form matched there (a form may be listed in several files).
/// </summary>
public sealed record Mention(int FirstToken, int EndToken, TextSpan Span, IReadOnlyList<LexiconEntry> Entries)
{
    public T? Get<T>() where T : LexiconEntry
    {
        foreach (var entry in Entries)
        {
            if (entry is T match)
                return match;
        }
        return null;
    }

    public bool Has<T>() where T : LexiconEntry => Get<T>() is not null;

    public bool IsCue(CueKind kind)
    {
        foreach (var entry in Entries)
        {
            if (entry is CueEntry cue && cue.Cue == kind)
                return true;
        }
        return false;
    }
}
