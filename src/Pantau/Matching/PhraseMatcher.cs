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

    private PhraseMatcher(Node root) => _root = root;

    public IReadOnlyList<PhraseMatch<T>> Match(string text, ReadOnlySpan<Token> tokens, int offset = 0)
    {
        var matches = new List<PhraseMatch<T>>();
        var keys = KeysOf(text, tokens, out var starts);
        int i = 0;
        var active = new List<Node>(4);
        var next = new List<Node>(4);
        while (i < tokens.Length)
        {
            int bestEnd = -1;
            IReadOnlyList<T>? bestValues = null;
            active.Clear();
            active.Add(_root);
            // Walk every path at once: an exact token and a prefix ("Rusia*") may both continue.
            for (int j = i; j < tokens.Length && active.Count > 0; j++)
            {
                var key = keys.AsSpan(starts[j], starts[j + 1] - starts[j]);
                next.Clear();
                foreach (var node in active)
                    node.AddNext(key, next);
                foreach (var node in next)
                {
                    if (node.Values is null)
                        continue;
                    var accepted = Accept(node, text, tokens[i..(j + 1)]);
                    if (accepted.Count > 0)
                    {
                        bestEnd = j + 1;
                        bestValues = accepted;
                    }
                }
                (active, next) = (next, active);
            }
            if (bestValues is not null)
            {
                matches.Add(new PhraseMatch<T>(offset + i, offset + bestEnd, bestValues));
                i = bestEnd;
            }
            else
            {
                i++;
            }
        }
        return matches;
    }

    /// <summary>
    /// Every token's comparison key, computed once per call into one buffer: a walk from each start
    /// token would otherwise fold the same token again and again. Token <c>j</c>'s key is
    /// <c>keys[starts[j]..starts[j + 1]]</c>.
    /// </summary>
    private static char[] KeysOf(string text, ReadOnlySpan<Token> tokens, out int[] starts)
    {
        int total = 0;
        foreach (var token in tokens)
            total += token.End - token.Start;
        var keys = new char[total];
        starts = new int[tokens.Length + 1];
        int at = 0;
        for (int j = 0; j < tokens.Length; j++)
        {
            starts[j] = at;
            var source = text.AsSpan(tokens[j].Start, tokens[j].End - tokens[j].Start);
            if (source.Length == 1)
                keys[at++] = FoldSymbol(char.ToLowerInvariant(source[0]));
            else
                at += source.ToLowerInvariant(keys.AsSpan(at));
        }
        starts[tokens.Length] = at;
        return keys;
    }

    /// <summary>The values of a node that match these tokens: all of them unless some phrase is an acronym.</summary>
    private static IReadOnlyList<T> Accept(Node node, string text, ReadOnlySpan<Token> tokens)
    {
        if (!node.HasExact)
            return node.AllValues!;
        var accepted = new List<T>(node.Values!.Count);
        foreach (var entry in node.Values!)
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
        private Dictionary<string, Node>? _children;
        private Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private List<(string Prefix, Node Node)>? _prefixChildren;

        public List<Entry>? Values { get; set; }

        /// <summary>The values of <see cref="Values"/>, shared by every match when no phrase here is case-sensitive.</summary>
        public T[]? AllValues { get; private set; }

        public bool HasExact { get; private set; }

        /// <summary>Fixes the shared value arrays once all phrases are in.</summary>
        public void Seal()
        {
            if (Values is not null)
            {
                HasExact = Values.Exists(v => v.ExactTokens is not null);
                AllValues = Values.Select(v => v.Value).ToArray();
            }
            if (_children is not null)
            {
                foreach (var child in _children.Values)
                    child.Seal();
            }
            if (_prefixChildren is not null)
            {
                foreach (var (_, child) in _prefixChildren)
                    child.Seal();
            }
        }

        public Node Child(string key)
        {
            if (key.Length > 1 && key[^1] == '*')
            {
                var prefix = key[..^1];
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
            if (_children is null)
            {
                _children = new Dictionary<string, Node>(StringComparer.Ordinal);
                _lookup = _children.GetAlternateLookup<ReadOnlySpan<char>>();
            }
            if (!_children.TryGetValue(key, out var child))
                _children[key] = child = new Node();
            return child;
        }

        /// <summary>Adds the nodes reached by <paramref name="key"/>: the exact child and every matching prefix child.</summary>
        public void AddNext(ReadOnlySpan<char> key, List<Node> reached)
        {
            if (_children is not null && _lookup.TryGetValue(key, out var child))
                reached.Add(child);
            if (_prefixChildren is not null)
            {
                foreach (var (prefix, node) in _prefixChildren)
                {
                    if (key.StartsWith(prefix, StringComparison.Ordinal))
                        reached.Add(node);
                }
            }
        }
    }

    /// <summary>Collects phrases, then compiles them into an immutable matcher.</summary>
    public sealed class Builder
    {
        private readonly Tokenizer _tokenizer;
        private readonly Node _root = new();

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
                    key += "*";
                    k++;
                }
                node = node.Child(key);
            }
            node.Values ??= [];
            node.Values.Add(new Entry(value, IsAcronym(phrase) ? tokens.Select(t => phrase[t.Start..t.End]).ToArray() : null));
            return true;
        }

        public PhraseMatcher<T> Build()
        {
            _root.Seal();
            return new(_root);
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
