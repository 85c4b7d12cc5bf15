namespace Pantau.Store.Model;

/// <summary>
/// A document to save with its claims. <see cref="SourceKey"/> identifies it across ingests (a
/// URL, a JSON Lines id, or a file's full path); <see cref="ContentHash"/> tells whether its text
/// changed since it was last saved.
/// </summary>
public sealed record DocumentRecord
{
    public required string SourceKey { get; init; }
    public required string ContentHash { get; init; }
    public string? Url { get; init; }
    public string? Outlet { get; init; }
    public string? Title { get; init; }
    public string? Language { get; init; }
    public DateOnly? Published { get; init; }

    /// <summary>The MinHash signature of the text (see <see cref="Syndication.MinHash"/>), null for texts too short to compare.</summary>
    public byte[]? Fingerprint { get; init; }
    public IReadOnlyList<ClaimRow> Claims { get; init; } = [];
}

/// <summary>What saving one document did.</summary>
public enum SaveOutcome { New, Unchanged, Replaced }

/// <summary>What saving a batch did: counts by outcome and the claims written.</summary>
public sealed record BatchResult(int New, int Unchanged, int Replaced, int ClaimsAdded);

/// <summary>What a rebuild found: the number of stories and of independent origins among all documents.</summary>
public sealed record RebuildResult(int Stories, int Origins);
