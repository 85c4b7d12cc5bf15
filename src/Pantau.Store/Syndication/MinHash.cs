using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.Intrinsics;
using System.Text;

namespace Pantau.Store.Syndication;

/// <summary>
/// A MinHash signature of a text, to find near-copies of one wire story. The text is normalised
/// (letters and digits only, lower-cased, one ideograph or kana a word), cut into shingles of
/// <see cref="ShingleWords"/> consecutive words, and each of <see cref="Size"/> hash functions
/// keeps its smallest value over the shingles. The share of equal positions in two signatures
/// estimates the Jaccard similarity of their shingle sets: a reprint with a new headline, one
/// sentence dropped or added and an outlet's line is above 0.7; two articles written separately
/// about the same event are below 0.1.
/// </summary>
public static class MinHash
{
    /// <summary>Hash functions per signature; 4 bytes each in the stored signature.</summary>
    public const int Size = 128;

    public const int ShingleWords = 4;

    /// <summary>Texts with fewer shingles than this get no signature: a few words say nothing about copying.</summary>
    public const int MinShingles = 8;

    /// <summary>The signature as stored (little-endian 32-bit minima), or null for a text too short to compare.</summary>
    public static byte[]? Signature(string text)
    {
        var words = Words(text);
        if (words.Count - ShingleWords + 1 < MinShingles)
            return null;
        Span<uint> minima = stackalloc uint[Size];
        if (Vector512.IsHardwareAccelerated)
            WideVectorMinima(words, minima);
        else if (Vector256.IsHardwareAccelerated)
            VectorMinima(words, minima);
        else
            ScalarMinima(words, minima);
        var bytes = new byte[Size * 4];
        for (int k = 0; k < Size; k++)
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(k * 4), minima[k]);
        return bytes;
    }

    /// <summary>Each hash function's smallest value over the shingles, one function at a time.</summary>
    internal static void ScalarMinima(List<ulong> words, Span<uint> minima)
    {
        minima.Fill(uint.MaxValue);
        for (int i = 0; i + ShingleWords <= words.Count; i++)
        {
            ulong shingle = Shingle(words, i);
            for (int k = 0; k < Size; k++)
            {
                uint h = (uint)(Mix(unchecked(shingle + Seeds[k])) >> 32);
                if (h < minima[k])
                    minima[k] = h;
            }
        }
    }

    /// <summary>
    /// The same minima as <see cref="ScalarMinima"/>, four hash functions at a time: the 128 mixes
    /// per shingle were a quarter of an ingest's extraction time. The minima are kept as 64-bit
    /// lanes holding the upper halves of the mixes, so no narrowing happens inside the loop.
    /// </summary>
    internal static void VectorMinima(List<ulong> words, Span<uint> minima)
    {
        const int Lanes = 4;
        Span<Vector256<ulong>> lowest = stackalloc Vector256<ulong>[Size / Lanes];
        lowest.Fill(Vector256.Create((ulong)uint.MaxValue));
        var multiplier1 = Vector256.Create(0xBF58476D1CE4E5B9UL);
        var multiplier2 = Vector256.Create(0x94D049BB133111EBUL);
        for (int i = 0; i + ShingleWords <= words.Count; i++)
        {
            var shingle = Vector256.Create(Shingle(words, i));
            for (int v = 0; v < lowest.Length; v++)
            {
                var x = shingle + SeedVectors[v];
                x = (x ^ Vector256.ShiftRightLogical(x, 30)) * multiplier1;
                x = (x ^ Vector256.ShiftRightLogical(x, 27)) * multiplier2;
                x ^= Vector256.ShiftRightLogical(x, 31);
                lowest[v] = Vector256.Min(lowest[v], Vector256.ShiftRightLogical(x, 32));
            }
        }
        for (int v = 0; v < lowest.Length; v++)
        {
            for (int lane = 0; lane < Lanes; lane++)
                minima[v * Lanes + lane] = (uint)lowest[v].GetElement(lane);
        }
    }

    /// <summary><see cref="VectorMinima"/> eight hash functions at a time, where the processor has 512-bit vectors.</summary>
    internal static void WideVectorMinima(List<ulong> words, Span<uint> minima)
    {
        const int Lanes = 8;
        Span<Vector512<ulong>> lowest = stackalloc Vector512<ulong>[Size / Lanes];
        lowest.Fill(Vector512.Create((ulong)uint.MaxValue));
        var multiplier1 = Vector512.Create(0xBF58476D1CE4E5B9UL);
        var multiplier2 = Vector512.Create(0x94D049BB133111EBUL);
        for (int i = 0; i + ShingleWords <= words.Count; i++)
        {
            var shingle = Vector512.Create(Shingle(words, i));
            for (int v = 0; v < lowest.Length; v++)
            {
                var x = shingle + WideSeedVectors[v];
                x = (x ^ Vector512.ShiftRightLogical(x, 30)) * multiplier1;
                x = (x ^ Vector512.ShiftRightLogical(x, 27)) * multiplier2;
                x ^= Vector512.ShiftRightLogical(x, 31);
                lowest[v] = Vector512.Min(lowest[v], Vector512.ShiftRightLogical(x, 32));
            }
        }
        for (int v = 0; v < lowest.Length; v++)
        {
            for (int lane = 0; lane < Lanes; lane++)
                minima[v * Lanes + lane] = (uint)lowest[v].GetElement(lane);
        }
    }

    /// <summary>FNV-1a over the word hashes of the shingle starting at word <paramref name="start"/> (wrapping on purpose).</summary>
    private static ulong Shingle(List<ulong> words, int start)
    {
        ulong shingle = 14695981039346656037UL;
        for (int w = start; w < start + ShingleWords; w++)
            shingle = unchecked((shingle ^ words[w]) * 1099511628211UL);
        return shingle;
    }

    /// <summary>The estimated Jaccard similarity of two signatures: the share of equal minima.</summary>
    public static double Similarity(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        int equal = 0;
        for (int k = 0; k < Size; k++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(a[(k * 4)..]) == BinaryPrimitives.ReadUInt32LittleEndian(b[(k * 4)..]))
                equal++;
        }
        return equal / (double)Size;
    }

    /// <summary>64-bit hashes of the normalised words, in order.</summary>
    internal static List<ulong> Words(string text)
    {
        var words = new List<ulong>(text.Length / 6);
        ulong hash = 0;
        bool inWord = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                if (IsIdeographOrKana(rune))
                {
                    if (inWord)
                        words.Add(hash);
                    words.Add(Mix((ulong)rune.Value));
                    inWord = false;
                    continue;
                }
                if (!inWord)
                {
                    hash = 14695981039346656037UL;
                    inWord = true;
                }
                hash = unchecked((hash ^ (ulong)Rune.ToLowerInvariant(rune).Value) * 1099511628211UL);
            }
            else if (inWord)
            {
                words.Add(hash);
                inWord = false;
            }
        }
        if (inWord)
            words.Add(hash);
        return words;
    }

    private static bool IsIdeographOrKana(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        return category == UnicodeCategory.OtherLetter && rune.Value is >= 0x3040 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x2FFFF;
    }

    /// <summary>SplitMix64's finaliser: a cheap, well-mixed 64-bit hash (wrapping arithmetic on purpose).</summary>
    private static ulong Mix(ulong x)
    {
        unchecked
        {
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
            return x ^ (x >> 31);
        }
    }

    /// <summary>Fixed seeds, one per hash function: signatures stored by one Pantau must compare with the next.</summary>
    private static readonly ulong[] Seeds = Enumerable.Range(1, Size).Select(i => Mix(unchecked(0x9E3779B97F4A7C15UL * (ulong)i))).ToArray();

    private static readonly Vector256<ulong>[] SeedVectors = Enumerable.Range(0, Size / 4).Select(v => Vector256.Create(Seeds.AsSpan(v * 4, 4))).ToArray();

    private static readonly Vector512<ulong>[] WideSeedVectors = Enumerable.Range(0, Size / 8).Select(v => Vector512.Create(Seeds.AsSpan(v * 8, 8))).ToArray();
}
