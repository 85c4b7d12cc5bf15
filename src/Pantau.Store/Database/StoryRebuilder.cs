using System.Data.Common;
using System.Globalization;
using Pantau.Numbers;
using Pantau.Store.Model;
using Pantau.Store.Stories;
using Pantau.Store.Syndication;

namespace Pantau.Store.Database;

/// <summary>
/// Recomputes what is derived from all documents together, in one transaction that excludes any
/// other rebuild: each document's syndication origin, then the stories and their summaries,
/// keeping story ids (<see cref="StoryIds"/>). Reads everything it needs into memory (a few
/// hundred bytes per document and per claim).
/// </summary>
internal sealed class StoryRebuilder(DbConnection connection, ISqlDialect dialect)
{
    private const string NextStoryIdKey = "next_story_id";

    public RebuildResult Rebuild(StoryRules rules)
    {
        using var transaction = connection.BeginTransaction();
        if (dialect.ExclusiveLockSql is { } lockSql)
            connection.Execute(transaction, lockSql);

        var origins = LinkOrigins(transaction);
        var claims = ReadClaims(transaction, origins);
        var stories = StoryBuilder.Build(claims, rules);

        var (oldAnchors, oldMembership, nextId) = ReadOldStories(transaction);
        var ids = StoryIds.Assign(stories, oldAnchors, oldMembership, ref nextId);

        connection.Execute(transaction, "DELETE FROM story_claims");
        connection.Execute(transaction, "DELETE FROM stories");
        int rows = dialect.RowsPerStatement;
        using var storyRows = new ValuesBatch(connection, transaction,
            "INSERT INTO stories (id, type, actor, recipient, item, anchor_document_id, anchor_ordinal, first_seen, last_seen, time_start, time_end, " +
            "claims, documents, origins, languages, sources, figures, modalities) VALUES ", "", 18, rows);
        using var memberRows = new ValuesBatch(connection, transaction, "INSERT INTO story_claims (story_id, document_id, claim_ordinal) VALUES ", "", 3, rows, storyRows);
        for (int i = 0; i < stories.Count; i++)
        {
            var s = StorySummaries.Summarize(ids[i], stories[i]);
            var anchor = stories[i].Anchor;
            storyRows.Add(s.Id, s.Type, s.Actor, s.Recipient, s.Item, anchor.DocumentId, anchor.Ordinal, s.FirstSeen, s.LastSeen,
                s.TimeStart, s.TimeEnd, s.Claims, s.Documents, s.Origins, string.Join(',', s.Languages), string.Join(',', s.Sources),
                s.Figures, s.Modalities);
        }
        storyRows.Flush();
        for (int i = 0; i < stories.Count; i++)
        {
            foreach (var claim in stories[i].Claims)
                memberRows.Add(ids[i], claim.DocumentId, claim.Ordinal);
        }
        memberRows.Flush();
        using (var save = connection.Command(transaction, $"DELETE FROM pantau_meta WHERE key = '{NextStoryIdKey}'"))
            save.ExecuteNonQuery();
        using (var save = connection.Command(transaction, $"INSERT INTO pantau_meta (key, value) VALUES ('{NextStoryIdKey}', @v)")
            .With("@v", nextId.ToString(CultureInfo.InvariantCulture)))
            save.ExecuteNonQuery();
        transaction.Commit();
        return new RebuildResult(stories.Count, origins.Values.Distinct().Count());
    }

    /// <summary>Computes every document's origin, saves the ones that changed, returns them all.</summary>
    private Dictionary<long, long> LinkOrigins(DbTransaction transaction)
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
        using var updates = new ValuesBatch(connection, transaction,
            "UPDATE documents SET origin_id = v.column2 FROM (VALUES ", ") AS v WHERE documents.id = v.column1", 2, dialect.RowsPerStatement);
        foreach (var (id, origin) in origins)
        {
            if (stored[id] != origin)
                updates.Add(id, origin);
        }
        updates.Flush();
        return origins;
    }

    private List<StoryClaim> ReadClaims(DbTransaction transaction, Dictionary<long, long> origins)
    {
        var sources = new Dictionary<(long, int), List<string>>();
        using (var command = connection.Command(transaction, "SELECT document_id, claim_ordinal, code FROM claim_attributions ORDER BY document_id, claim_ordinal, position"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var key = (reader.GetInt64(0), reader.GetInt32(1));
                if (!sources.TryGetValue(key, out var list))
                    sources[key] = list = [];
                list.Add(reader.GetString(2));
            }
        }
        var claims = new List<StoryClaim>();
        using (var command = connection.Command(transaction,
            "SELECT c.document_id, c.ordinal, c.type, c.actor, c.recipient, c.item, c.quantity_value, c.quantity_min, c.quantity_max, " +
            "c.quantity_approx, c.quantity_unit, c.time_start, c.time_end, d.published, c.modality, d.language " +
            "FROM claims c JOIN documents d ON d.id = c.document_id ORDER BY c.document_id, c.ordinal"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                long document = reader.GetInt64(0);
                int ordinal = reader.GetInt32(1);
                claims.Add(new StoryClaim(document, ordinal, reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.NullableString(5),
                    ClaimReader.ReadQuantity(reader, 6), reader.NullableDate(11), reader.NullableDate(12), reader.NullableDate(13))
                {
                    Modality = reader.GetString(14),
                    Language = reader.NullableString(15),
                    OriginId = origins.TryGetValue(document, out long origin) ? origin : document,
                    Sources = sources.TryGetValue((document, ordinal), out var codes) ? codes : [],
                });
            }
        }
        return claims;
    }

    private (Dictionary<(long, int), long> Anchors, Dictionary<(long, int), long> Membership, long NextId) ReadOldStories(DbTransaction transaction)
    {
        var anchors = new Dictionary<(long, int), long>();
        long next = 1;
        using (var command = connection.Command(transaction, "SELECT id, anchor_document_id, anchor_ordinal FROM stories"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                long id = reader.GetInt64(0);
                anchors[(reader.GetInt64(1), reader.GetInt32(2))] = id;
                next = Math.Max(next, id + 1);
            }
        }
        var membership = new Dictionary<(long, int), long>();
        using (var command = connection.Command(transaction, "SELECT story_id, document_id, claim_ordinal FROM story_claims"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
                membership[(reader.GetInt64(1), reader.GetInt32(2))] = reader.GetInt64(0);
        }
        using (var command = connection.Command(transaction, $"SELECT value FROM pantau_meta WHERE key = '{NextStoryIdKey}'"))
        {
            if (command.ExecuteScalar() is string text && long.TryParse(text, CultureInfo.InvariantCulture, out long stored))
                next = Math.Max(next, stored);
        }
        return (anchors, membership, next);
    }
}
