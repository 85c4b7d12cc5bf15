namespace Pantau.Sources;

/// <summary>
/// A failure before we know where it will be reported: readers return this, and the caller,
/// who knows the origin and line, turns it into a <see cref="SourceError"/>.
/// </summary>
internal sealed record SourceFailure(SourceErrorKind Kind, string Message)
{
    public SourceItem At(string origin, int? line = null) => SourceItem.Of(new SourceError(origin, line, Kind, Message));
}
