namespace Pantau.Matching;

/// <summary>
/// The distinct token keys of a matcher's phrases, numbered from 0 in the order they were added.
/// Every token of every document is looked up here, so this is a plain open-addressing table: a
/// Dictionary's span lookup makes interface calls for each hash and comparison, and dereferences
/// a string for each probe. A slot holds the key's hash, so a probe reads the key's characters
/// (all in one array) only when the hashes agree. Read-only once built.
/// </summary>
internal sealed class SymbolTable
{
    private Slot[] _slots = new Slot[64];
    private char[] _chars = new char[256];
    private int _charCount;

    /// <summary>A key's hash, symbol and characters <c>_chars[Start..Start + Length]</c>; empty when Length is 0.</summary>
    private record struct Slot(int Hash, int Symbol, int Start, int Length);

    public int Count { get; private set; }

    /// <summary>The symbol of <paramref name="key"/>, numbering it if it is new.</summary>
    public int GetOrAdd(string key)
    {
        if (key.Length == 0)
            throw new ArgumentException("a token key has at least one character", nameof(key));
        int hash = Hash(key);
        int slot = SlotOf(key, hash);
        if (_slots[slot].Length > 0)
            return _slots[slot].Symbol;
        // At most half full, so that a key no phrase has is found missing after a probe or two.
        if (2 * (Count + 1) > _slots.Length)
        {
            Grow();
            slot = SlotOf(key, hash);
        }
        if (_charCount + key.Length > _chars.Length)
            Array.Resize(ref _chars, Math.Max(2 * _chars.Length, _charCount + key.Length));
        key.CopyTo(_chars.AsSpan(_charCount));
        _slots[slot] = new Slot(hash, Count, _charCount, key.Length);
        _charCount += key.Length;
        return Count++;
    }

    /// <summary>The symbol of <paramref name="key"/>, or -1 when no phrase has it.</summary>
    public int Find(ReadOnlySpan<char> key)
    {
        var slot = _slots[SlotOf(key, Hash(key))];
        return slot.Length > 0 ? slot.Symbol : -1;
    }

    /// <summary>The slot that holds <paramref name="key"/>, or the empty slot where it would go.</summary>
    private int SlotOf(ReadOnlySpan<char> key, int hash)
    {
        int mask = _slots.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            ref readonly var slot = ref _slots[i];
            if (slot.Length == 0 || slot.Hash == hash && key.SequenceEqual(_chars.AsSpan(slot.Start, slot.Length)))
                return i;
        }
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        int mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Length == 0)
                continue;
            int i = slot.Hash & mask;
            while (_slots[i].Length > 0)
                i = (i + 1) & mask;
            _slots[i] = slot;
        }
    }

    /// <summary>FNV-1a over the characters, its high bits folded down into the low ones a mask keeps.</summary>
    private static int Hash(ReadOnlySpan<char> key)
    {
        unchecked
        {
            uint hash = 2166136261;
            foreach (char c in key)
                hash = (hash ^ c) * 16777619;
            return (int)(hash ^ (hash >> 16)) & int.MaxValue;
        }
    }
}
