using Pantau.Languages;
using Pantau.Text;

namespace Pantau.Pipeline;

/// <summary>Finds the lexicon mention that starts at, or covers, a token in O(1).</summary>
internal sealed class MentionIndex
{
    private readonly int[] _byToken;
    private readonly IReadOnlyList<Mention> _mentions;

    public MentionIndex(Document document)
    {
        _mentions = document.Mentions;
        _byToken = new int[document.Tokens.Length];
        Array.Fill(_byToken, -1);
        for (int m = 0; m < _mentions.Count; m++)
        {
            for (int t = _mentions[m].FirstToken; t < _mentions[m].EndToken; t++)
                _byToken[t] = m;
        }
    }

    /// <summary>The mention covering token <paramref name="token"/>, or null.</summary>
    public Mention? At(int token) =>
        token >= 0 && token < _byToken.Length && _byToken[token] >= 0 ? _mentions[_byToken[token]] : null;

    /// <summary>The mention starting exactly at <paramref name="token"/>, or null.</summary>
    public Mention? StartingAt(int token) => At(token) is { } m && m.FirstToken == token ? m : null;

    /// <summary>The mention ending exactly before <paramref name="token"/>, or null.</summary>
    public Mention? EndingBefore(int token) => At(token - 1) is { } m && m.EndToken == token ? m : null;

    public bool IsCueAt(int token, CueKind kind) => StartingAt(token)?.IsCue(kind) == true;
}
