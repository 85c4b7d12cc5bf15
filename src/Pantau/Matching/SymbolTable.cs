namespace Pantau.Matching;

/// <summary>
/// The distinct token keys of a matcher's phrases, numbered from 0 in the order they were added.
/// Every token of every document is looked up here, so this is a plain open-addressing table: a
/// Dictionary's span lookup makes interface calls for each hash and comparison, and dereferences
/// a string for each probe. A slot holds only the key's hash and symbol (8 bytes, so that more of
/// the table stays in cache: most lookups are for keys no phrase has, and miss it); a probe reads
/// the key's characters (all in one array, in symbol order) only when the hashes agree. Read-only
/// once built.
/// </summary>
internal sealed class SymbolTable
{
    private Slot[] _slots = EmptySlots(64);
    private char[] _chars = new char[256];

    /// <summary>Symbol <c>s</c>'s characters are <c>_chars[_starts[s].._starts[s + 1]]</c>.</summary>
    private int[] _starts = new int[65];

    /// <summary>A key's hash and symbol; an empty slot's symbol is -1.</summary>
    private record struct Slot(int Hash, int Symbol);

    public int Count { get; private set; }

    /// <summary>The symbol of <paramref name="key"/>, numbering it if it is new.</summary>
    public int GetOrAdd(string key)
    {
        if (key.Length == 0)
            throw new ArgumentException("a token key has at least one character", nameof(key));
        int hash = Hash(key);
        int slot = SlotOf(key, hash);
        if (_slots[slot].Symbol >= 0)
            return _slots[slot].Symbol;
        // At most half full, so that a key no phrase has is found missing after a probe or two.
        if (2 * (Count + 1) > _slots.Length)
        {
            Grow();
            slot = SlotOf(key, hash);
        }
        int start = _starts[Count];
        if (start + key.Length > _chars.Length)
            Array.Resize(ref _chars, Math.Max(2 * _chars.Length, start + key.Length));
        if (Count + 2 > _starts.Length)
            Array.Resize(ref _starts, 2 * _starts.Length);
        key.CopyTo(_chars.AsSpan(start));
        _starts[Count + 1] = start + key.Length;
        _slots[slot] = new Slot(hash, Count);
        return Count++;
    }

    /// <summary>The symbol of <paramref name="key"/>, or -1 when no phrase has it.</summary>
    public int Find(ReadOnlySpan<char> key) => _slots[SlotOf(key, Hash(key))].Symbol;

    /// <summary>
    /// The symbol of the ASCII token <paramref name="source"/>, whose key is its text with the capitals
    /// lower-cased (<see cref="LowerAscii"/>), and <paramref name="hash"/> that key's hash: the caller
    /// need not write the key out to look it up.
    /// </summary>
    public int FindAscii(ReadOnlySpan<char> source, int hash)
    {
        int mask = _slots.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            var slot = _slots[i];
            if (slot.Symbol < 0 || slot.Hash == hash && IsLoweredKey(source, KeyOf(slot.Symbol)))
                return slot.Symbol;
        }
    }

    private static bool IsLoweredKey(ReadOnlySpan<char> source, ReadOnlySpan<char> key)
    {
        if (source.Length != key.Length)
            return false;
        for (int k = 0; k < source.Length; k++)
        {
            if (LowerAscii(source[k]) != key[k])
                return false;
        }
        return true;
    }

    /// <summary>The slot that holds <paramref name="key"/>, or the empty slot where it would go.</summary>
    private int SlotOf(ReadOnlySpan<char> key, int hash)
    {
        int mask = _slots.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            var slot = _slots[i];
            if (slot.Symbol < 0 || slot.Hash == hash && key.SequenceEqual(KeyOf(slot.Symbol)))
                return i;
        }
    }

    private ReadOnlySpan<char> KeyOf(int symbol) => _chars.AsSpan(_starts[symbol], _starts[symbol + 1] - _starts[symbol]);

    private void Grow()
    {
        var old = _slots;
        _slots = EmptySlots(old.Length * 2);
        int mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Symbol < 0)
                continue;
            int i = slot.Hash & mask;
            while (_slots[i].Symbol >= 0)
                i = (i + 1) & mask;
            _slots[i] = slot;
        }
    }

    private static Slot[] EmptySlots(int count)
    {
        var slots = new Slot[count];
        Array.Fill(slots, new Slot(0, -1));
        return slots;
    }

    /// <summary>FNV-1a over the characters (<see cref="HashStart"/>, <see cref="HashAdd"/> for each, <see cref="HashEnd"/>).</summary>
    private static int Hash(ReadOnlySpan<char> key)
    {
        uint hash = HashStart;
        foreach (char c in key)
            hash = HashAdd(hash, c);
        return HashEnd(hash);
    }

    internal const uint HashStart = 2166136261;

    internal static uint HashAdd(uint hash, char c) => unchecked((hash ^ c) * 16777619);

    /// <summary>An ASCII character as a key holds it: capitals lower-cased, as the invariant culture does.</summary>
    internal static char LowerAscii(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;

    /// <summary>The high bits folded down into the low ones a mask keeps.</summary>
    internal static int HashEnd(uint hash) => unchecked((int)(hash ^ (hash >> 16))) & int.MaxValue;
}
