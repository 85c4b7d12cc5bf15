namespace Pantau.Pipeline;

/// <summary>Tokens with offsets, then sentences, with the document language's rules.</summary>
public sealed class TokenizeStage : IDocumentStage
{
    public void Process(Document document)
    {
        document.Tokens = document.Language.Tokenizer.Tokenize(document.Text);
        document.Sentences = document.Language.Segmenter.Segment(document.Text, document.Tokens);
    }
}
