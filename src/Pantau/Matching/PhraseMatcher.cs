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
        Span<char> buffer = stackalloc char[64];
        int i = 0;
        var active = new List<Node>(4);
        var next = new List<Node>(4);
        while (i < tokens.Length)
        {
            int bestEnd = -1;
            List<T>? bestValues = null;
            active.Clear();
            active.Add(_root);
            // Walk every path at once: an exact token and a prefix ("Rusia*") may both continue.
            for (int j = i; j < tokens.Length && active.Count > 0; j++)
            {
                var key = Key(text, tokens[j], buffer);
                next.Clear();
                foreach (var node in active)
                    node.AddNext(key, next);
                foreach (var node in next)
                {
                    if (node.Values is not { } values)
                        continue;
                    var accepted = Accept(values, text, tokens[i..(j + 1)]);
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

    private static List<T> Accept(List<Entry> entries, string text, ReadOnlySpan<Token> tokens)
    {
        var accepted = new List<T>(entries.Count);
        foreach (var entry in entries)
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

        public PhraseMatcher<T> Build() => new(_root);

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
