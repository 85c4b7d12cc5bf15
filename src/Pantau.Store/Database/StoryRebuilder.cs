using System.Data.Common;
using System.Globalization;
using System.Text;
using Pantau.Store.Model;
using Pantau.Store.Stories;
using Pantau.Store.Syndication;

namespace Pantau.Store.Database;

/// <summary>
/// Recomputes what is derived from all documents together, in one transaction that excludes any
/// other rebuild: each document's syndication origin, then the stories and their summaries,
/// keeping story ids (<see cref="StoryIds"/>).
/// <para>
/// Origins are always computed from every document's signature (a few hundred bytes each; the
/// linking is cheap next to reading claims), and only the ones that changed are written. Stories
/// are built from the claims of one story key alone (<see cref="StoryBuilder"/>), so an
/// incremental rebuild redoes only the keys that changed: those of claims in documents whose
/// origin changed (new and replaced documents have none until now), and those in
/// <c>stale_story_keys</c> (a replaced document's old claims, a change of rules). It reads those
/// keys' claims and old stories, builds, and replaces their stories; the other stories stay as
/// they are, which is what a whole rebuild would give them too. When the changes reach much of the
/// database (a quarter of the documents, half of the story keys), reading everything at once is
/// cheaper, and it does a whole rebuild.
/// </para>
/// </summary>
internal sealed class StoryRebuilder(DbConnection connection, ISqlDialect dialect)
{
    private const string NextStoryIdKey = "next_story_id";

    /// <summary>Past this share of documents with a new origin (1 in N), a rebuild reads all claims instead of key by key.</summary>
    private const int WholeRebuildDocumentShare = 4;

    /// <summary>Past this many keys to redo (or half of all story keys), reading all claims is cheaper than one query per key.</summary>
    private const int MaxKeysOneByOne = 500;

    /// <summary>Document ids per <c>IN (...)</c> list when looking up the keys of changed documents.</summary>
    private const int IdsPerQuery = 500;

    private const string ClaimSelect =
        "SELECT c.document_id, c.ordinal, c.type, c.actor, c.recipient, c.item, c.quantity_value, c.quantity_min, c.quantity_max, " +
        "c.quantity_approx, c.quantity_unit, c.time_start, c.time_end, d.published, c.modality, d.language " +
        "FROM claims c JOIN documents d ON d.id = c.document_id";

    /// <param name="incremental">Redo only the story keys that changed since the last rebuild; false redoes all.</param>
    public RebuildResult Rebuild(StoryRules rules, bool incremental)
    {
        using var transaction = connection.BeginTransaction();
        if (dialect.ExclusiveLockSql is { } lockSql)
            connection.Execute(transaction, lockSql);

        // Taken (deleted and read in one statement) before any claim is read: a key that another
        // ingest marks stale after this is left for the next rebuild, never lost.
        var stale = new HashSet<StoryKey>();
        ReadKeys(transaction, "DELETE FROM stale_story_keys RETURNING type, actor, recipient, item", stale);
        var (origins, changed) = LinkOrigins(transaction);
        var keys = incremental ? ChangedKeys(transaction, stale, changed, origins.Count) : null;

        var claims = new List<StoryClaim>();
        if (keys is null)
            ReadClaims(transaction, origins, null, claims);
        else
        {
            foreach (var key in keys)
                ReadClaims(transaction, origins, key, claims);
        }
        // Keys are built independently: on every core, in the order of the keys' first claims, as one Build over all claims would.
        var stories = claims.GroupBy(c => c.Key).ToList().AsParallel().AsOrdered()
            .SelectMany(key => StoryBuilder.Build(key, rules)).ToList();

        var (oldAnchors, oldMembership, nextId) = ReadOldStories(transaction, keys);
        var ids = StoryIds.Assign(stories, oldAnchors, oldMembership, ref nextId);

        DeleteStories(transaction, keys);
        using (var storyRows = dialect.InsertRows(connection, transaction, RowTable.Stories))
        using (var memberRows = dialect.InsertRows(connection, transaction, RowTable.StoryClaims, storyRows))
        {
            var summaries = Enumerable.Range(0, stories.Count).AsParallel().AsOrdered()
                .Select(i => StorySummaries.Summarize(ids[i], stories[i])).ToList();
            for (int i = 0; i < stories.Count; i++)
            {
                var s = summaries[i];
                var anchor = stories[i].Anchor;
                storyRows.Add(s.Id, s.Type, s.Actor, s.Recipient, s.Item, anchor.DocumentId, anchor.Ordinal, s.FirstSeen, s.LastSeen,
                    s.TimeStart, s.TimeEnd, s.Claims, s.Documents, s.Origins, string.Join(',', s.Languages), string.Join(',', s.Sources),
                    s.Figures, s.Modalities);
            }
            storyRows.Flush();
            // In key order, so that the rows append to the primary key's B-tree instead of landing all over it.
            var members = new List<(long DocumentId, int Ordinal, long StoryId)>(claims.Count);
            for (int i = 0; i < stories.Count; i++)
            {
                foreach (var claim in stories[i].Claims)
                    members.Add((claim.DocumentId, claim.Ordinal, ids[i]));
            }
            members.Sort();
            foreach (var (documentId, ordinal, storyId) in members)
                memberRows.Add(storyId, documentId, ordinal);
            memberRows.Flush();
        }
        using (var save = connection.Command(transaction, $"DELETE FROM pantau_meta WHERE key = '{NextStoryIdKey}'"))
            save.ExecuteNonQuery();
        using (var save = connection.Command(transaction, $"INSERT INTO pantau_meta (key, value) VALUES ('{NextStoryIdKey}', @v)")
            .With("@v", nextId.ToString(CultureInfo.InvariantCulture)))
            save.ExecuteNonQuery();
        long storyCount;
        using (var count = connection.Command(transaction, "SELECT count(*) FROM stories"))
            storyCount = count.Count();
        transaction.Commit();
        return new RebuildResult(checked((int)storyCount), origins.Values.Distinct().Count());
    }

    /// <summary>Computes every document's origin and saves the ones that changed; returns them all and the ids of the changed documents.</summary>
    private (Dictionary<long, long> Origins, List<long> Changed) LinkOrigins(DbTransaction transaction)
    {
        var inputs = new List<SyndicationInput>();
        var stored = new Dictionary<long, long?>();
        using (var command = connection.Command(transaction, "SELECT id, published, fingerprint, origin_id FROM documents ORDER BY id"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                long id = reader.GetInt64(0);
                inputs.Add(new SyndicationInput(id, reader.NullableDate(1), reader.IsDBNull(2) ? null : (byte[])reader.GetValue(2)));
                stored[id] = reader.NullableInt64(3);
            }
        }
        var origins = SyndicationLinker.Origins(inputs);
        var changed = new List<long>();
        using var updates = dialect.OriginUpdates(connection, transaction);
        foreach (var (id, origin) in origins)
        {
            if (stored[id] != origin)
            {
                updates.Add(id, origin);
                changed.Add(id);
            }
        }
        updates.Flush();
        return (origins, changed);
    }

    /// <summary>
    /// The story keys to redo: the stale ones (<paramref name="keys"/>, added to) and those of the changed documents' claims, or null
    /// (redo all) when they reach too much of the database to read key by key.
    /// </summary>
    private List<StoryKey>? ChangedKeys(DbTransaction transaction, HashSet<StoryKey> keys, List<long> changed, int documents)
    {
        if ((long)changed.Count * WholeRebuildDocumentShare >= documents)
            return null;
        for (int start = 0; start < changed.Count; start += IdsPerQuery)
        {
            var ids = string.Join(',', changed.Skip(start).Take(IdsPerQuery).Select(id => id.ToString(CultureInfo.InvariantCulture)));
            ReadKeys(transaction, $"SELECT DISTINCT type, actor, recipient, item FROM claims WHERE document_id IN ({ids})", keys);
        }
        if (keys.Count > MaxKeysOneByOne || keys.Count * 2 > StoryKeyCount(transaction))
            return null;
        return keys.OrderBy(k => k.ToString(), StringComparer.Ordinal).ToList();
    }

    private long StoryKeyCount(DbTransaction transaction)
    {
        using var command = connection.Command(transaction, "SELECT count(*) FROM (SELECT DISTINCT type, actor, recipient, item FROM stories) AS story_keys");
        return command.Count();
    }

    private void ReadKeys(DbTransaction transaction, string sql, HashSet<StoryKey> keys)
    {
        using var command = connection.Command(transaction, sql);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            keys.Add(StoryKey.Of(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.NullableString(3)));
    }

    /// <summary>Adds the claims of one key (all claims when <paramref name="key"/> is null), in (document, ordinal) order.</summary>
    private void ReadClaims(DbTransaction transaction, Dictionary<long, long> origins, StoryKey? key, List<StoryClaim> claims)
    {
        var sources = new Dictionary<(long, int), List<string>>();
        using (var command = connection.Command(transaction, ""))
        {
            command.CommandText = "SELECT a.document_id, a.claim_ordinal, a.code FROM claim_attributions a" +
                (key is null ? "" : " JOIN claims c ON c.document_id = a.document_id AND c.ordinal = a.claim_ordinal" + key.Condition(command, "c")) +
                " ORDER BY a.document_id, a.claim_ordinal, a.position";
            using var rows = dialect.ReadRows(command);
            while (rows.Read())
            {
                var id = (rows.GetInt64(0), rows.GetInt32(1));
                if (!sources.TryGetValue(id, out var list))
                    sources[id] = list = [];
                list.Add(rows.GetString(2));
            }
        }
        using (var command = connection.Command(transaction, ""))
        {
            command.CommandText = ClaimSelect + (key is null ? "" : key.Condition(command, "c")) + " ORDER BY c.document_id, c.ordinal";
            using var rows = dialect.ReadRows(command);
            while (rows.Read())
            {
                long document = rows.GetInt64(0);
                int ordinal = rows.GetInt32(1);
                claims.Add(new StoryClaim(document, ordinal, rows.GetString(2), rows.GetString(3), rows.GetString(4), rows.NullableString(5),
                    ClaimReader.ReadQuantity(rows, 6), rows.NullableDate(11), rows.NullableDate(12), rows.NullableDate(13))
                {
                    Modality = rows.GetString(14),
                    Language = rows.NullableString(15),
                    OriginId = origins.TryGetValue(document, out long origin) ? origin : document,
                    Sources = sources.TryGetValue((document, ordinal), out var codes) ? codes : [],
                });
            }
        }
    }

    /// <summary>The old stories of the keys (all when null): anchors, membership, and the smallest id never given.</summary>
    private (Dictionary<(long, int), long> Anchors, Dictionary<(long, int), long> Membership, long NextId) ReadOldStories(
        DbTransaction transaction, List<StoryKey>? keys)
    {
        var anchors = new Dictionary<(long, int), long>();
        var membership = new Dictionary<(long, int), long>();
        IEnumerable<StoryKey?> scopes = keys is null ? new StoryKey?[] { null } : keys;
        foreach (var key in scopes)
        {
            using (var command = connection.Command(transaction, ""))
            {
                command.CommandText = "SELECT id, anchor_document_id, anchor_ordinal FROM stories s" + (key is null ? "" : key.StoryCondition(command, "s"));
                using var reader = command.ExecuteReader();
                while (reader.Read())
                    anchors[(reader.GetInt64(1), reader.GetInt32(2))] = reader.GetInt64(0);
            }
            using (var command = connection.Command(transaction, ""))
            {
                command.CommandText = "SELECT sc.story_id, sc.document_id, sc.claim_ordinal FROM story_claims sc" +
                    (key is null ? "" : " JOIN stories s ON s.id = sc.story_id" + key.StoryCondition(command, "s"));
                using var reader = command.ExecuteReader();
                while (reader.Read())
                    membership[(reader.GetInt64(1), reader.GetInt32(2))] = reader.GetInt64(0);
            }
        }
        long next = 1;
        using (var command = connection.Command(transaction, "SELECT max(id) FROM stories"))
        {
            if (command.ExecuteScalar() is { } max and not DBNull)
                next = Convert.ToInt64(max, CultureInfo.InvariantCulture) + 1;
        }
        using (var command = connection.Command(transaction, $"SELECT value FROM pantau_meta WHERE key = '{NextStoryIdKey}'"))
        {
            if (command.ExecuteScalar() is string text && long.TryParse(text, CultureInfo.InvariantCulture, out long stored))
                next = Math.Max(next, stored);
        }
        return (anchors, membership, next);
    }

    private void DeleteStories(DbTransaction transaction, List<StoryKey>? keys)
    {
        if (keys is null)
        {
            connection.Execute(transaction, "DELETE FROM story_claims");
            connection.Execute(transaction, "DELETE FROM stories");
            return;
        }
        foreach (var key in keys)
        {
            using (var members = connection.Command(transaction, ""))
            {
                members.CommandText = "DELETE FROM story_claims WHERE story_id IN (SELECT s.id FROM stories s" + key.StoryCondition(members, "s") + ")";
                members.ExecuteNonQuery();
            }
            using var stories = connection.Command(transaction, "");
            stories.CommandText = "DELETE FROM stories" + key.StoryCondition(stories, null);
            stories.ExecuteNonQuery();
        }
    }

    /// <summary>A story key as stories store it (<see cref="StoryClaim.Key"/>: an agreement's parties in code order), and the SQL that selects it.</summary>
    private sealed record StoryKey(string Type, string A, string B, string? Item)
    {
        public static StoryKey Of(string type, string actor, string recipient, string? item) =>
            type == "agreement" && string.CompareOrdinal(actor, recipient) > 0 ? new(type, recipient, actor, item) : new(type, actor, recipient, item);

        /// <summary>" WHERE ..." selecting the claims of this key (an agreement's parties either way round).</summary>
        public string Condition(DbCommand command, string alias)
        {
            var parties = Type == "agreement"
                ? $"(({alias}.actor = @k_a AND {alias}.recipient = @k_b) OR ({alias}.actor = @k_b AND {alias}.recipient = @k_a))"
                : $"{alias}.actor = @k_a AND {alias}.recipient = @k_b";
            return Where(command, alias, parties);
        }

        /// <summary>" WHERE ..." selecting the stories of this key (<paramref name="alias"/> null: the bare table).</summary>
        public string StoryCondition(DbCommand command, string? alias)
        {
            var prefix = alias is null ? "" : alias + ".";
            return Where(command, alias, $"{prefix}actor = @k_a AND {prefix}recipient = @k_b");
        }

        private string Where(DbCommand command, string? alias, string parties)
        {
            var prefix = alias is null ? "" : alias + ".";
            command.With("@k_type", Type).With("@k_a", A).With("@k_b", B);
            var text = new StringBuilder($" WHERE {prefix}type = @k_type AND ").Append(parties);
            if (Item is null)
                text.Append($" AND {prefix}item IS NULL");
            else
            {
                text.Append($" AND {prefix}item = @k_item");
                command.With("@k_item", Item);
            }
            return text.ToString();
        }
    }
}
