using System.Buffers;
using Pantau.Text;

namespace Pantau.Matching;

/// <summary>A match of one or more lexicon phrases over tokens <c>[FirstToken, EndToken)</c>.</summary>
public readonly record struct PhraseMatch<T>(int FirstToken, int EndToken, IReadOnlyList<T> Values);

/// <summary>
/// A token trie compiled once from phrases and reused for every document (thread-safe for reads).
///
/// Overlap policy: leftmost-longest. Scanning left to right, at each token the longest phrase
/// that starts there wins and scanning resumes after it; a phrase starting inside it is not
/// reported. For a gazetteer that is what a reader expects:
/// <code>
///   phrases: "Korea", "Korea Utara", "kementerian pertahanan Korea Selatan"
///   text:    "kementerian pertahanan Korea Selatan dan Korea Utara"
///   matches: [kementerian pertahanan Korea Selatan] dan [Korea Utara]
/// </code>
/// All values of the same phrase (a form listed in several lexicon files) come back together.
///
/// Tokens are compared case-insensitively, except phrases registered as case-sensitive
/// (acronyms such as "US"), which must match the original characters. A phrase token ending
/// in <c>*</c> matches any token that starts with the rest ("Росси*").
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Node _root;
    private readonly SymbolTable _symbols;

    /// <summary>
    /// The symbol of each one-character ASCII token ("," "." "a"), looked up once: punctuation, a good part
    /// of the tokens of any text, needs no hashing.
    /// </summary>
    private readonly int[] _asciiSymbols = new int[128];

    private PhraseMatcher(Node root, SymbolTable symbols)
    {
        _root = root;
        _symbols = symbols;
        Span<char> key = stackalloc char[1];
        for (int c = 0; c < _asciiSymbols.Length; c++)
        {
            key[0] = FoldSymbol(char.ToLowerInvariant((char)c));
            _asciiSymbols[c] = symbols.Find(key);
        }
    }

    public IReadOnlyList<PhraseMatch<T>> Match(string text, ReadOnlySpan<Token> tokens, int offset = 0)
    {
        using var keys = KeysOf(text, tokens.ToArray());
        var matches = new PhraseMatch<T>[tokens.Length];
        int count = Match(keys, 0, tokens.Length, matches);
        return matches.Take(count).Select(m => m with { FirstToken = m.FirstToken + offset, EndToken = m.EndToken + offset }).ToList();
    }

    /// <summary>
    /// Writes the matches within tokens <c>[first, end)</c> to <paramref name="matches"/> and returns
    /// their count: at most one a token, so <c>end - first</c> places always suffice. Phrases never
    /// cross the range's ends; token indices are those of <paramref name="keys"/>.
    /// </summary>
    public int Match(TokenKeys keys, int first, int end, Span<PhraseMatch<T>> matches)
    {
        int count = 0;
        int i = first;
        var root = _root;
        while (i < end)
        {
            // Most tokens start no phrase: the root has no child for them, and no prefix ("Houthi*") they begin with.
            var child = root.Child(keys.Symbols[i]);
            bool startsPrefix = StartsAnyPrefix(root, keys, i);
            if (child is null && !startsPrefix)
            {
                i++;
                continue;
            }
            // A one-token phrase that no longer phrase starts with (most mentions) needs no walk.
            if (child is { IsLeaf: true, HasExact: false } && !startsPrefix)
            {
                matches[count++] = new PhraseMatch<T>(i, i + 1, child.AllValues!);
                i++;
                continue;
            }
            var best = new Best(-1, null);
            Walk(root, keys, i, i, end, ref best);
            if (best.Values is not null)
            {
                matches[count++] = new PhraseMatch<T>(i, best.End, best.Values);
                i = best.End;
            }
            else
            {
                i++;
            }
        }
        return count;
    }

    private static bool StartsAnyPrefix(Node node, TokenKeys keys, int j)
    {
        if (node.PrefixChildren is { } prefixChildren)
        {
            int initial = KeyInitial(keys, j);
            foreach (var (prefix, _) in prefixChildren)
            {
                if ((initial < 0 || prefix[0] == initial) && StartsWith(keys, j, prefix))
                    return true;
            }
        }
        return false;
    }

    private record struct Best(int End, IReadOnlyList<T>? Values);

    /// <summary>
    /// Follows every path from <paramref name="node"/>, reached by tokens <c>[start, j)</c>: an exact token
    /// and a prefix ("Rusia*") may both continue. The longest phrase wins; of two as long, the one the
    /// later path reaches (exact children before prefix children, prefixes in the order they were added).
    /// </summary>
    private static void Walk(Node node, TokenKeys keys, int start, int j, int end, ref Best best)
    {
        if (j == end)
            return;
        if (node.Child(keys.Symbols[j]) is { } child)
            Reach(child, keys, start, j + 1, end, ref best);
        if (node.PrefixChildren is { } prefixChildren)
        {
            int initial = KeyInitial(keys, j);
            foreach (var (prefix, prefixChild) in prefixChildren)
            {
                if ((initial < 0 || prefix[0] == initial) && StartsWith(keys, j, prefix))
                    Reach(prefixChild, keys, start, j + 1, end, ref best);
            }
        }
    }

    /// <summary>
    /// The first character of token <paramref name="j"/>'s key when it is plain to see, else -1: an ASCII
    /// character lower-cased, except "`", which a one-character key folds to an apostrophe. Most tokens
    /// begin none of a node's prefixes, and this tells so without a call for each prefix.
    /// </summary>
    private static int KeyInitial(TokenKeys keys, int j)
    {
        char initial = keys.Text[keys.Tokens[j].Start];
        return char.IsAscii(initial) && initial != '`' ? SymbolTable.LowerAscii(initial) : -1;
    }

    /// <summary>
    /// Whether token <paramref name="j"/>'s key starts with <paramref name="prefix"/>. A key is as long as
    /// its token, and a longer ASCII token's key is its text with the capitals lower-cased: the prefix is
    /// compared with the text as it stands. Other tokens (rare) have their key made.
    /// </summary>
    private static bool StartsWith(TokenKeys keys, int j, string prefix)
    {
        var token = keys.Tokens[j];
        var source = keys.Text.AsSpan(token.Start, token.End - token.Start);
        if (source.Length < prefix.Length)
            return false;
        if (source.Length > 1)
        {
            for (int k = 0; k < prefix.Length; k++)
            {
                if (!char.IsAscii(source[k]))
                    return KeyStartsWith(keys.Text, token, prefix);
                if (SymbolTable.LowerAscii(source[k]) != prefix[k])
                    return false;
            }
            return true;
        }
        return KeyStartsWith(keys.Text, token, prefix);
    }

    private static bool KeyStartsWith(string text, Token token, string prefix)
    {
        Span<char> buffer = stackalloc char[64];
        return Key(text, token, buffer).StartsWith(prefix, StringComparison.Ordinal);
    }

    private static void Reach(Node node, TokenKeys keys, int start, int j, int end, ref Best best)
    {
        if (node.Values is not null && j >= best.End)
        {
            // Only case-sensitive phrases can refuse the tokens; the shared values are never empty.
            if (!node.HasExact)
                best = new Best(j, node.AllValues!);
            else if (Accept(node, keys.Text, keys.Tokens.AsSpan(start, j - start)) is { Count: > 0 } accepted)
                best = new Best(j, accepted);
        }
        Walk(node, keys, start, j, end, ref best);
    }

    /// <summary>
    /// Every token's symbol (the number of its comparison key among the phrases' tokens, -1 for a key no
    /// phrase has), computed once per document: a walk from each start token would otherwise fold and hash
    /// the same token again and again. Dispose of the keys when done.
    /// </summary>
    public TokenKeys KeysOf(string text, Token[] tokens)
    {
        var keys = new TokenKeys(text, tokens);
        var symbols = keys.Symbols;
        for (int j = 0; j < tokens.Length; j++)
        {
            var source = text.AsSpan(tokens[j].Start, tokens[j].End - tokens[j].Start);
            symbols[j] = source.Length == 1 && char.IsAscii(source[0]) ? _asciiSymbols[source[0]] : SymbolOf(text, tokens[j], source);
        }
        return keys;
    }

    /// <summary>
    /// The symbol of a token of two characters or more, or of a non-ASCII character. An ASCII token's key
    /// is its text with the capitals lower-cased: it is hashed as it is read and compared with the
    /// table's keys as it stands, never written out.
    /// </summary>
    private int SymbolOf(string text, Token token, ReadOnlySpan<char> source)
    {
        uint hash = SymbolTable.HashStart;
        foreach (char c in source)
        {
            if (!char.IsAscii(c))
                return SymbolOfKey(text, token);
            hash = SymbolTable.HashAdd(hash, SymbolTable.LowerAscii(c));
        }
        return _symbols.FindAscii(source, SymbolTable.HashEnd(hash));
    }

    private int SymbolOfKey(string text, Token token)
    {
        Span<char> buffer = stackalloc char[64];
        return _symbols.Find(Key(text, token, buffer));
    }

    /// <summary>
    /// The tokens of one document as the matcher compares them; see <see cref="KeysOf"/>. The symbols are
    /// pooled: every document needs them for as long as its lexicon stage runs, no longer.
    /// </summary>
    public sealed class TokenKeys : IDisposable
    {
        internal TokenKeys(string text, Token[] tokens)
        {
            Text = text;
            Tokens = tokens;
            Symbols = ArrayPool<int>.Shared.Rent(tokens.Length);
        }

        internal string Text { get; }

        internal Token[] Tokens { get; }

        internal int[] Symbols { get; }

        public void Dispose() => ArrayPool<int>.Shared.Return(Symbols);
    }

    /// <summary>The values of a node with case-sensitive phrases (acronyms) that match these tokens.</summary>
    private static IReadOnlyList<T> Accept(Node node, string text, ReadOnlySpan<Token> tokens)
    {
        // Mostly every value is taken ("US") or none ("us"): the shared list or none, with no new list.
        int rejected = 0;
        foreach (var entry in node.Values!)
        {
            if (entry.ExactTokens is not null && !MatchesExactly(entry.ExactTokens, text, tokens))
                rejected++;
        }
        if (rejected == 0)
            return node.AllValues!;
        if (rejected == node.Values.Count)
            return [];
        var accepted = new List<T>(node.Values.Count - rejected);
        foreach (var entry in node.Values)
        {
            if (entry.ExactTokens is null || MatchesExactly(entry.ExactTokens, text, tokens))
                accepted.Add(entry.Value);
        }
        return accepted;
    }

    private static bool MatchesExactly(string[] exact, string text, ReadOnlySpan<Token> tokens)
    {
        for (int k = 0; k < exact.Length; k++)
        {
            var token = text.AsSpan(tokens[k].Start, tokens[k].End - tokens[k].Start);
            bool same = token.Length == 1 && exact[k].Length == 1
                ? FoldSymbol(token[0]) == FoldSymbol(exact[k][0])
                : token.SequenceEqual(exact[k]);
            if (!same)
                return false;
        }
        return true;
    }

    /// <summary>The comparison key of a token: lower-cased, typographic quotes and dashes folded.</summary>
    internal static ReadOnlySpan<char> Key(string text, Token token, Span<char> buffer)
    {
        var source = text.AsSpan(token.Start, token.End - token.Start);
        if (source.Length == 1)
        {
            buffer[0] = FoldSymbol(char.ToLowerInvariant(source[0]));
            return buffer[..1];
        }
        if (source.Length > buffer.Length)
            return source.ToString().ToLowerInvariant();
        int written = source.ToLowerInvariant(buffer);
        return buffer[..written];
    }

    internal static char FoldSymbol(char c) => c switch
    {
        '’' or '‘' or '`' or '´' or 'ʼ' => '\'',
        '“' or '”' or '„' or '«' or '»' => '"',
        '–' or '—' or '‐' or '‑' or '−' => '-',
        _ => c,
    };

    private readonly record struct Entry(T Value, string[]? ExactTokens);

    private sealed class Node
    {
        private Dictionary<int, Node>? _children;
        private Node?[]? _childrenBySymbol;

        /// <summary>
        /// Once sealed, the children's symbols in ascending order and the children in the same order:
        /// most nodes below the root have one child or a few, which a binary search over a small array
        /// finds sooner than a Dictionary's hashing and interface calls.
        /// </summary>
        private int[]? _childSymbols;
        private Node[]? _childNodes;
        private List<(string Prefix, Node Node)>? _prefixChildren;

        public List<Entry>? Values { get; set; }

        /// <summary>The values of <see cref="Values"/>, shared by every match when no phrase here is case-sensitive.</summary>
        public IReadOnlyList<T>? AllValues { get; private set; }

        public bool HasExact { get; private set; }

        /// <summary>A node no token leads on from: it ends phrases, and continues none.</summary>
        public bool IsLeaf => _childNodes is null && _childrenBySymbol is null && PrefixChildren is null;

        /// <summary>Children reached by a token starting with a prefix, in the order the phrases were added.</summary>
        public (string Prefix, Node Node)[]? PrefixChildren { get; private set; }

        /// <summary>Fixes the shared value lists once all phrases are in, made by <paramref name="share"/> from their arrays.</summary>
        public void Seal(Func<T[], IReadOnlyList<T>> share)
        {
            if (Values is not null)
            {
                HasExact = Values.Exists(v => v.ExactTokens is not null);
                AllValues = share(Values.Select(v => v.Value).ToArray());
            }
            if (_children is not null)
            {
                _childSymbols = [.. _children.Keys];
                _childNodes = [.. _children.Values];
                Array.Sort(_childSymbols, _childNodes);
                _children = null; // needed only while phrases are added
                foreach (var child in _childNodes)
                    child.Seal(share);
            }
            if (_prefixChildren is not null)
            {
                PrefixChildren = [.. _prefixChildren];
                foreach (var (_, child) in _prefixChildren)
                    child.Seal(share);
            }
        }

        /// <summary>The child reached by the token with this symbol, or null.</summary>
        public Node? Child(int symbol)
        {
            if (_childrenBySymbol is not null)
                return symbol >= 0 ? _childrenBySymbol[symbol] : null;
            if (_childSymbols is null || symbol < 0)
                return null;
            // By hand: Array.BinarySearch goes through a comparer's interface for every step.
            int low = 0, high = _childSymbols.Length - 1;
            while (low <= high)
            {
                int middle = (low + high) >> 1;
                int found = _childSymbols[middle];
                if (found == symbol)
                    return _childNodes![middle];
                if (found < symbol)
                    low = middle + 1;
                else
                    high = middle - 1;
            }
            return null;
        }

        /// <summary>
        /// Indexes the children by symbol in an array: the root is asked for a child at every token of
        /// every document, and has one for most symbols.
        /// </summary>
        public void IndexChildren(int symbolCount)
        {
            _childrenBySymbol = new Node?[symbolCount];
            if (_childSymbols is not null)
            {
                for (int k = 0; k < _childSymbols.Length; k++)
                    _childrenBySymbol[_childSymbols[k]] = _childNodes![k];
            }
        }

        public Node AddChild(int symbol)
        {
            _children ??= [];
            if (!_children.TryGetValue(symbol, out var child))
                _children[symbol] = child = new Node();
            return child;
        }

        public Node AddPrefixChild(string prefix)
        {
            _prefixChildren ??= [];
            foreach (var (p, n) in _prefixChildren)
            {
                if (p == prefix)
                    return n;
            }
            var created = new Node();
            _prefixChildren.Add((prefix, created));
            return created;
        }
    }

    /// <summary>Collects phrases, then compiles them into an immutable matcher.</summary>
    public sealed class Builder
    {
        private readonly Tokenizer _tokenizer;
        private readonly Node _root = new();
        private readonly SymbolTable _symbols = new();

        public Builder(Tokenizer tokenizer) => _tokenizer = tokenizer;

        /// <summary>Adds a phrase; returns false when it has no tokens.</summary>
        public bool Add(string phrase, T value)
        {
            var tokens = _tokenizer.Tokenize(phrase);
            if (tokens.Length == 0)
                return false;
            var node = _root;
            Span<char> buffer = stackalloc char[64];
            for (int k = 0; k < tokens.Length; k++)
            {
                var key = Key(phrase, tokens[k], buffer).ToString();
                // "Rusia*" tokenizes as "Rusia" "*": glue the star back on as a prefix marker.
                if (k + 1 < tokens.Length && phrase[tokens[k + 1].Start] == '*' && tokens[k + 1].Start == tokens[k].End)
                {
                    k++;
                    node = node.AddPrefixChild(key);
                    continue;
                }
                node = node.AddChild(_symbols.GetOrAdd(key));
            }
            node.Values ??= [];
            node.Values.Add(new Entry(value, IsAcronym(phrase) ? tokens.Select(t => phrase[t.Start..t.End]).ToArray() : null));
            return true;
        }

        /// <summary>
        /// Compiles the phrases. <paramref name="share"/> makes the list that every match of a phrase returns
        /// from its values (the array itself by default): a caller may keep with it what it would otherwise
        /// work out from the values at every match.
        /// </summary>
        public PhraseMatcher<T> Build(Func<T[], IReadOnlyList<T>>? share = null)
        {
            _root.Seal(share ?? (values => values));
            _root.IndexChildren(_symbols.Count);
            return new(_root, _symbols);
        }

        /// <summary>
        /// An all-capitals phrase with two letters or more ("US", "U.S.", "NIS"), or one capital with a
        /// symbol ("A$", "C$"), matches only in capitals: "us", "as" and "a $5 million" stay what they are.
        /// </summary>
        private static bool IsAcronym(string phrase)
        {
            int letters = 0;
            bool symbol = false;
            foreach (char c in phrase)
            {
                if (char.IsLetter(c))
                {
                    if (!char.IsUpper(c))
                        return false;
                    letters++;
                }
                else if (!char.IsWhiteSpace(c))
                {
                    symbol = true;
                }
            }
            return letters >= 2 || letters == 1 && symbol;
        }
    }
}
