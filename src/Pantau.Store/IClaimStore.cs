using Pantau.Store.Database;
using Pantau.Store.Model;
using Pantau.Store.Stories;

namespace Pantau.Store;

/// <summary>
/// The claim database: documents with their claims, syndication origins and stories, on SQLite
/// or PostgreSQL with the same behaviour. Open one with <see cref="ClaimStore.Open"/>, which
/// checks and migrates the schema. An instance holds one connection and is not thread-safe:
/// one writer thread per instance; several processes may share one database.
/// Every database failure surfaces as a <see cref="StoreException"/> with a one-line message.
/// </summary>
public interface IClaimStore : IDisposable
{
    StoreLocation Location { get; }

    /// <summary>Source key → content hash of every stored document: lets an ingest skip extracting what it already has.</summary>
    IReadOnlyDictionary<string, string> ContentHashes();

    /// <summary>Saves documents with their claims in one transaction (see <see cref="DocumentWriter"/> for what new, unchanged and replaced mean).</summary>
    BatchResult SaveBatch(IReadOnlyList<DocumentRecord> documents);

    /// <summary>The rules stories are built with, as stored in the database (defaults for a new one).</summary>
    StoryRules Rules { get; }

    /// <summary>Stores new rules; the next <see cref="RebuildStories"/> uses them.</summary>
    void SetRules(StoryRules rules);

    /// <summary>Recomputes syndication origins and stories from all documents.</summary>
    RebuildResult RebuildStories();

    /// <summary>
    /// Brings origins and stories up to date with the documents saved since the last rebuild,
    /// redoing only the stories whose claims or origins changed: the same result as
    /// <see cref="RebuildStories"/>, at a cost that follows the change rather than the database.
    /// </summary>
    RebuildResult UpdateStories();

    /// <summary>Whether documents were saved since the last rebuild (an ingest that was stopped before it).</summary>
    bool NeedsRebuild();

    /// <summary>Claims matching the filter, in (document, ordinal) order, streamed.</summary>
    IEnumerable<StoredClaim> Claims(ClaimFilter filter);

    /// <summary>Stories with at least one claim matching the filter, most independent origins first.</summary>
    IReadOnlyList<StorySummary> Stories(ClaimFilter filter);

    /// <summary>One story with all its claims, or null when there is no story with that id.</summary>
    StoryDetail? Story(long id);

    StoreCounts Counts();
}
