using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Pantau.Languages;

namespace Pantau.Text;

/// <summary>
/// A lexicon match in a document: the tokens <c>[FirstToken, EndToken)</c>, their text span,
/// and every lexicon row whose form matched there (a form may be listed in several files).
/// </summary>
public sealed record Mention(int FirstToken, int EndToken, TextSpan Span, IReadOnlyList<LexiconEntry> Entries)
{
    // The claim rules ask every mention what it is many times over, and the answer is mostly no:
    // masks of the entries' kinds and cues, made when the mention is made and again when `with`
    // sets new entries, answer without looking at the entries. A matcher's shared set (EntrySet) has them
    // made already.
    private readonly uint _kinds = KindsOf(Entries);
    private readonly ulong _cues = CuesOf(Entries);

    public IReadOnlyList<LexiconEntry> Entries
    {
        get;
        init
        {
            field = value;
            _kinds = KindsOf(value);
            _cues = CuesOf(value);
        }
    } = Entries;

    // Inlined into callers that name the type: the mask test then reads a constant, where the shared
    // code of a generic method over classes looks the type's bit up at run time on every call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T? Get<T>() where T : LexiconEntry =>
        (_kinds & KindBit<T>.Value) == 0 ? null : Find<T>(sealedKind: KindBit<T>.Value != uint.MaxValue);

    // A kind the masks tell apart is in the mask exactly when an entry has it, unless some entry is of a
    // kind they do not know (the mask then has every bit): only then must the entries be looked at.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Has<T>() where T : LexiconEntry =>
        (_kinds & KindBit<T>.Value) != 0
        && (KindBit<T>.Value != uint.MaxValue && _kinds != uint.MaxValue || Find<T>(sealedKind: KindBit<T>.Value != uint.MaxValue) is not null);

    /// <summary>
    /// The first entry that is a <typeparamref name="T"/>. The kinds the masks tell apart are sealed
    /// (<paramref name="sealedKind"/>): an entry is one exactly when its type is, one comparison, where
    /// <c>is T</c> in the code shared by all <typeparamref name="T"/> calls a cast helper that walks the
    /// entry's base types.
    /// </summary>
    private T? Find<T>(bool sealedKind) where T : LexiconEntry
    {
        // Almost every mention's entries are a matcher's shared set: an array loop, not an interface call an entry.
        if (Entries is EntrySet set)
        {
            foreach (var entry in set.Items)
            {
                if (sealedKind ? entry.GetType() == typeof(T) : entry is T)
                    return Unsafe.As<T>(entry);
            }
            return null;
        }
        // Indexed loop: a foreach over IReadOnlyList boxes its enumerator.
        for (int i = 0; i < Entries.Count; i++)
        {
            if (Entries[i] is T match)
                return match;
        }
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsCue(CueKind kind) => (_cues & CueBit(kind)) != 0;

    /// <summary>The mention's cue kinds, a bit each (<see cref="CueBit"/>): a sentence joins them to know its cues at once.</summary>
    internal ulong Cues => _cues;

    // Equal mentions cover the same tokens; hashing those alone keeps sets of mentions (a sentence's
    // speakers) from hashing every field of every member.
    public override int GetHashCode() => HashCode.Combine(FirstToken, EndToken);

    /// <summary>The kinds of entry the masks tell apart; any other type has every bit, so it is always looked for.</summary>
    private static readonly Type[] Kinds =
    [
        typeof(ActorEntry), typeof(PlaceEntry), typeof(TriggerEntry), typeof(ItemEntry), typeof(CueEntry),
        typeof(NumberEntry), typeof(UnitEntry), typeof(DateWordEntry), typeof(OutletEntry),
    ];

    private static uint BitOf(Type type)
    {
        int index = Array.IndexOf(Kinds, type);
        return index >= 0 ? 1u << index : uint.MaxValue;
    }

    private static class KindBit<T>
    {
        public static readonly uint Value = BitOf(typeof(T));
    }

    // Inlined into the constructor: a matcher's shared set, almost every mention's entries, has its masks made.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint KindsOf(IReadOnlyList<LexiconEntry> entries) => entries is EntrySet set ? set.Kinds : KindsOfEach(entries);

    private static uint KindsOfEach(IReadOnlyList<LexiconEntry> entries)
    {
        uint kinds = 0;
        for (int i = 0; i < entries.Count; i++)
            kinds |= KindOf(entries[i]);
        return kinds;
    }

    // A type switch over sealed records is a pointer comparison each, where looking the type up in Kinds is not.
    private static uint KindOf(LexiconEntry entry) => entry switch
    {
        ActorEntry => KindBit<ActorEntry>.Value,
        PlaceEntry => KindBit<PlaceEntry>.Value,
        TriggerEntry => KindBit<TriggerEntry>.Value,
        ItemEntry => KindBit<ItemEntry>.Value,
        CueEntry => KindBit<CueEntry>.Value,
        NumberEntry => KindBit<NumberEntry>.Value,
        UnitEntry => KindBit<UnitEntry>.Value,
        DateWordEntry => KindBit<DateWordEntry>.Value,
        OutletEntry => KindBit<OutletEntry>.Value,
        _ => uint.MaxValue,
    };

    // Inlined, with the throw in a helper of its own (a method that throws is not inlined): the claim rules
    // ask for a constant kind's bit, which then folds to a constant.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong CueBit(CueKind kind)
    {
        if ((uint)kind >= 64)
            ThrowCueOutOfRange(kind);
        return 1UL << (int)kind;
    }

    [DoesNotReturn]
    private static void ThrowCueOutOfRange(CueKind kind) =>
        throw new ArgumentOutOfRangeException(nameof(kind), kind, "a cue mask holds 64 kinds");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong CuesOf(IReadOnlyList<LexiconEntry> entries) => entries is EntrySet set ? set.Cues : CuesOfEach(entries);

    private static ulong CuesOfEach(IReadOnlyList<LexiconEntry> entries)
    {
        ulong cues = 0;
        for (int i = 0; i < entries.Count; i++)
        {
            if (entries[i] is CueEntry cue)
                cues |= CueBit(cue.Cue);
        }
        return cues;
    }
}
