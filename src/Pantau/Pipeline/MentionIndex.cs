using Pantau.Languages;
using Pantau.Text;

namespace Pantau.Pipeline;

/// <summary>Finds the lexicon mention that starts at, or covers, a token in O(1).</summary>
internal sealed class MentionIndex
{
    // The mentions themselves, not their positions in the document's list: the claim rules ask for
    // the mention at a token for almost every token of a sentence, and the list is an interface.
    private readonly Mention?[] _byToken;

    /// <summary>An index of no mentions yet over <paramref name="tokenCount"/> tokens: <see cref="Cover"/> adds them.</summary>
    public MentionIndex(int tokenCount) => _byToken = new Mention?[tokenCount];

    /// <summary>
    /// Makes <paramref name="mention"/> the one covering its tokens, in place of any there: for the lexicon
    /// stage as it makes each mention, and for a stage that changes a few mentions, or adds some where there
    /// were none, without building the index again.
    /// </summary>
    public void Cover(Mention mention)
    {
        // Most mentions are one token: a store, not a call to fill a span of one.
        if (mention.EndToken - mention.FirstToken == 1)
            _byToken[mention.FirstToken] = mention;
        else
            _byToken.AsSpan(mention.FirstToken, mention.EndToken - mention.FirstToken).Fill(mention);
    }

    /// <summary>The mention covering token <paramref name="token"/>, or null.</summary>
    public Mention? At(int token) => token >= 0 && token < _byToken.Length ? _byToken[token] : null;

    /// <summary>The mention starting exactly at <paramref name="token"/>, or null.</summary>
    public Mention? StartingAt(int token) => At(token) is { } m && m.FirstToken == token ? m : null;

    /// <summary>The mention ending exactly before <paramref name="token"/>, or null.</summary>
    public Mention? EndingBefore(int token) => At(token - 1) is { } m && m.EndToken == token ? m : null;

    public bool IsCueAt(int token, CueKind kind) => StartingAt(token)?.IsCue(kind) == true;
}
