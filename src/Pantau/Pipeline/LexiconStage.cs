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
        var mentions = new List<Mention>();
        var matcher = document.Language.Matcher;
        foreach (var sentence in document.Sentences)
        {
            var tokens = document.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
            foreach (var match in matcher.Match(document.Text, tokens, sentence.FirstToken))
                mentions.Add(new Mention(match.FirstToken, match.EndToken, document.SpanOf(match.FirstToken, match.EndToken), match.Values));
        }
        document.Mentions = mentions;
        document.Index = new MentionIndex(document);
    }
}
