using System.Buffers;
using Pantau.Languages;
using Pantau.Matching;
using Pantau.Text;

namespace Pantau.Pipeline;

/// <summary>
/// Matches every lexicon row of the document's language, sentence by sentence, with the
/// compiled phrase matcher (leftmost-longest). Phrases never cross a sentence boundary.
/// </summary>
public sealed class LexiconStage : IDocumentStage
{
    public void Process(Document document)
    {
        var matcher = document.Language.Matcher;
        using var keys = matcher.KeysOf(document.Text, document.Tokens);
        // At most one match a token: a pooled buffer of the token count holds them all.
        var matches = ArrayPool<PhraseMatch<LexiconEntry>>.Shared.Rent(document.Tokens.Length);
        int count = 0;
        foreach (var sentence in document.Sentences)
            count += matcher.Match(keys, sentence.FirstToken, sentence.EndToken, matches.AsSpan(count));
        var mentions = new List<Mention>(count);
        var index = new MentionIndex(document.Tokens.Length);
        foreach (var match in matches.AsSpan(0, count))
        {
            var mention = new Mention(match.FirstToken, match.EndToken, document.SpanOf(match.FirstToken, match.EndToken), match.Values);
            mentions.Add(mention);
            index.Cover(mention);
        }
        // Only the matches written hold references to clear: the rest of the buffer is clean.
        matches.AsSpan(0, count).Clear();
        ArrayPool<PhraseMatch<LexiconEntry>>.Shared.Return(matches);
        document.Mentions = mentions;
        document.Index = index;
    }
}
