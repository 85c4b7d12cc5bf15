namespace Pantau.Store.Syndication;

/// <summary>A document as syndication sees it: its id, when it was published, and its signature.</summary>
public readonly record struct SyndicationInput(long DocumentId, DateOnly? Published, byte[]? Fingerprint);

/// <summary>
/// Links near-copies of one story to one origin. Two documents whose signatures agree on at
/// least <see cref="Threshold"/> of their positions are copies; copies of copies are copies
/// (the groups are connected components). A group's origin is its earliest published document,
/// ties (and documents without a date, which come last) by first ingested (lowest id).
/// Candidates are found by locality-sensitive hashing: the signature is cut into bands of
/// <see cref="RowsPerBand"/> values and two documents sharing one band are compared; at a
/// similarity of 0.6 a pair shares a band with probability 0.99.
/// </summary>
public static class SyndicationLinker
{
    /// <summary>The estimated Jaccard similarity of shingles above which two texts are one story reprinted.</summary>
    public const double Threshold = 0.5;

    private const int RowsPerBand = 4;
    private const int Bands = MinHash.Size / RowsPerBand;

    /// <summary>Compared with at most this many groups per bucket: enough for copies, bounded for a corpus of thousands of reprints.</summary>
    private const int MaxGroupsPerBucket = 8;

    /// <summary>The origin of every document (a document alone is its own origin).</summary>
    public static Dictionary<long, long> Origins(IReadOnlyList<SyndicationInput> documents)
    {
        var parent = new int[documents.Count];
        for (int i = 0; i < parent.Length; i++)
            parent[i] = i;

        var buckets = new Dictionary<(int Band, ulong Hash), List<int>>();
        for (int i = 0; i < documents.Count; i++)
        {
            if (documents[i].Fingerprint is not { } signature)
                continue;
            for (int band = 0; band < Bands; band++)
            {
                var key = (band, BandHash(signature, band));
                if (!buckets.TryGetValue(key, out var members))
                    buckets[key] = members = [];
                members.Add(i);
            }
        }

        foreach (var members in buckets.Values)
        {
            if (members.Count < 2)
                continue;
            // One representative per group already seen in this bucket: a member joins the first it is similar to.
            var representatives = new List<int> { members[0] };
            for (int m = 1; m < members.Count; m++)
            {
                int doc = members[m];
                bool linked = false;
                foreach (int rep in representatives)
                {
                    if (Find(parent, rep) == Find(parent, doc))
                    {
                        linked = true;
                        break;
                    }
                    if (MinHash.Similarity(documents[rep].Fingerprint!, documents[doc].Fingerprint!) >= Threshold)
                    {
                        Union(parent, rep, doc);
                        linked = true;
                        break;
                    }
                }
                if (!linked && representatives.Count < MaxGroupsPerBucket)
                    representatives.Add(doc);
            }
        }

        var origin = new Dictionary<int, int>();
        for (int i = 0; i < documents.Count; i++)
        {
            int root = Find(parent, i);
            if (!origin.TryGetValue(root, out int best) || Earlier(documents[i], documents[best]))
                origin[root] = i;
        }
        var result = new Dictionary<long, long>(documents.Count);
        for (int i = 0; i < documents.Count; i++)
            result[documents[i].DocumentId] = documents[origin[Find(parent, i)]].DocumentId;
        return result;
    }

    private static bool Earlier(SyndicationInput a, SyndicationInput b)
    {
        if (a.Published != b.Published)
        {
            if (a.Published is null)
                return false;
            if (b.Published is null)
                return true;
            return a.Published < b.Published;
        }
        return a.DocumentId < b.DocumentId;
    }

    private static ulong BandHash(byte[] signature, int band)
    {
        var bytes = signature.AsSpan(band * RowsPerBand * 4, RowsPerBand * 4);
        ulong hash = 14695981039346656037UL;
        foreach (byte b in bytes)
            hash = unchecked((hash ^ b) * 1099511628211UL);
        return hash;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        int ra = Find(parent, a), rb = Find(parent, b);
        if (ra != rb)
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
    }
}
