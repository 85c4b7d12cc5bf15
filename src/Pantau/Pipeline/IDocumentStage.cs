namespace Pantau.Pipeline;

/// <summary>
/// One step of extraction: reads what earlier stages annotated on the document and adds its
/// own annotations. Stages are immutable after construction and safe to share between threads.
/// </summary>
public interface IDocumentStage
{
    void Process(Document document);
}
