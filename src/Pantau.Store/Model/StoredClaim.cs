namespace Pantau.Store.Model;

/// <summary>A document as stored, without its claims. <see cref="OriginKey"/> is the source key of its syndication origin (its own when it is no copy).</summary>
public sealed record StoredDocument(
    long Id, string SourceKey, string? Url, string? Outlet, string? Title, string? Language,
    DateOnly? Published, long? OriginId, string? OriginKey, DateTime IngestedAt)
{
    /// <summary>Whether this document is a reprint of another.</summary>
    public bool IsCopy => OriginId is { } origin && origin != Id;
}

/// <summary>How much a store holds.</summary>
public sealed record StoreCounts(long Documents, long Claims, long Stories, long Origins);

/// <summary>A claim read back from the store, with its document and the story it belongs to (null until stories are built).</summary>
public sealed record StoredClaim(StoredDocument Document, int Ordinal, ClaimRow Claim, long? StoryId)
{
    /// <summary>The claim's id for people: "document:ordinal", e.g. "12:3".</summary>
    public string Id => $"{Document.Id}:{Ordinal}";

    /// <summary>When the claim is about: its time, else its document's publication date.</summary>
    public DateOnly? Date => Claim.TimeStart ?? Document.Published;
}
