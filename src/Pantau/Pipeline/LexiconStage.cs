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
        var keys = matcher.KeysOf(document.Text, document.Tokens);
        var matches = new List<PhraseMatch<LexiconEntry>>();
        foreach (var sentence in document.Sentences)
            matcher.Match(keys, sentence.FirstToken, sentence.EndToken, matches);
        var mentions = new List<Mention>(matches.Count);
        foreach (var match in matches)
            mentions.Add(new Mention(match.FirstToken, match.EndToken, document.SpanOf(match.FirstToken, match.EndToken), match.Values));
        document.Mentions = mentions;
        document.Index = new MentionIndex(document);
    }
}
