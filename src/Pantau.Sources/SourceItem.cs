namespace Pantau.Sources;

/// <summary>One result of <see cref="DocumentSource.Read"/>: exactly one of the two is set.</summary>
public readonly record struct SourceItem(SourceDocument? Document, SourceError? Error)
{
    public static SourceItem Of(SourceDocument document) => new(document, null);

    public static SourceItem Of(SourceError error) => new(null, error);
}
