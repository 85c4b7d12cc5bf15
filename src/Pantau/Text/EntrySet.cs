using System.Collections;
using Pantau.Languages;

namespace Pantau.Text;

/// <summary>
/// The lexicon rows of one phrase, shared by every mention of it, with the masks of their kinds and
/// cues made once (<see cref="Mention"/>). Making them for each mention read every row of it, and the
/// rows lie all over the heap: that cost a cache miss or more a mention.
/// </summary>
internal sealed class EntrySet : IReadOnlyList<LexiconEntry>
{
    public EntrySet(LexiconEntry[] entries)
    {
        Items = entries;
        Kinds = Mention.KindsOf(entries);
        Cues = Mention.CuesOf(entries);
    }

    public LexiconEntry[] Items { get; }

    public uint Kinds { get; }

    public ulong Cues { get; }

    public int Count => Items.Length;

    public LexiconEntry this[int index] => Items[index];

    public IEnumerator<LexiconEntry> GetEnumerator() => ((IEnumerable<LexiconEntry>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Items.GetEnumerator();
}
