using System.Data.Common;
using System.Text;
using Pantau.Numbers;
using Pantau.Store.Model;

namespace Pantau.Store.Database;

/// <summary>
/// Reads claims and stories with the filters of <see cref="ClaimFilter"/>. Claims stream in
/// pages of <see cref="PageSize"/>, keyed on (document, ordinal), each page with its attributions
/// and evidence, so that neither driver keeps two result sets open and memory stays flat on an
/// export of millions of claims.
/// </summary>
internal sealed class ClaimReader(DbConnection connection, ISqlDialect dialect)
{
    private const int PageSize = 1000;

    private const string ClaimSelect =
        "SELECT c.document_id, c.ordinal, c.type, c.actor, c.actor_text, c.actor_role, c.recipient, c.recipient_text, c.recipient_role, " +
        "c.item, c.item_text, c.quantity_value, c.quantity_min, c.quantity_max, c.quantity_approx, c.quantity_unit, c.modality, c.stage, " +
        "c.time, c.time_start, c.time_end, c.time_assumed, c.place, c.place_code, c.rule, c.lexicon_ids, c.quote, " +
        "d.source_key, d.url, d.outlet, d.title, d.language, d.published, d.origin_id, o.source_key, d.ingested_at, sc.story_id " +
        "FROM claims c JOIN documents d ON d.id = c.document_id LEFT JOIN documents o ON o.id = d.origin_id " +
        "LEFT JOIN story_claims sc ON sc.document_id = c.document_id AND sc.claim_ordinal = c.ordinal";

    private const string StorySelect =
        "SELECT s.id, s.type, s.actor, s.recipient, s.item, s.first_seen, s.last_seen, s.time_start, s.time_end, s.claims, s.documents, " +
        "s.origins, s.languages, s.sources, s.figures, s.modalities FROM stories s";

    public IEnumerable<StoredClaim> Claims(ClaimFilter filter)
    {
        long lastDocument = -1;
        int lastOrdinal = -1;
        while (true)
        {
            var page = new List<(long Document, int Ordinal, StoredDocument Doc, ClaimRow Row, long? Story)>(PageSize);
            using (var command = connection.Command(null, ""))
            {
                var where = new StringBuilder(" WHERE (c.document_id > @after_doc OR (c.document_id = @after_doc AND c.ordinal > @after_ord))");
                command.With("@after_doc", lastDocument).With("@after_ord", lastOrdinal);
                AppendClaimConditions(where, command, filter);
                command.CommandText = ClaimSelect + where + $" ORDER BY c.document_id, c.ordinal LIMIT {PageSize}";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                    page.Add(ReadClaim(reader));
            }
            if (page.Count == 0)
                yield break;
            var documentIds = page.Select(p => p.Document).Distinct().ToList();
            var attributions = ReadChildren(documentIds,
                "SELECT document_id, claim_ordinal, code, speaker_text, anonymous, channel FROM claim_attributions",
                r => new AttributionRow(r.GetString(2), r.NullableString(3), r.GetBoolean(4), r.NullableString(5)));
            var evidence = ReadChildren(documentIds,
                "SELECT document_id, claim_ordinal, sentence_start, sentence_end, sentence, trigger_start, trigger_end, trigger_text FROM evidence",
                r => new EvidenceRow(r.GetInt32(2), r.GetInt32(3), r.GetString(4), r.GetInt32(5), r.GetInt32(6), r.GetString(7)));
            foreach (var (document, ordinal, doc, row, story) in page)
            {
                var key = (document, ordinal);
                yield return new StoredClaim(doc, ordinal, row with
                {
                    Attribution = attributions.TryGetValue(key, out var a) ? a : [],
                    Evidence = evidence.TryGetValue(key, out var e) ? e : [],
                }, story);
            }
            if (page.Count < PageSize)
                yield break;
            (lastDocument, lastOrdinal) = (page[^1].Document, page[^1].Ordinal);
        }
    }

    public IReadOnlyList<StorySummary> Stories(ClaimFilter filter)
    {
        using var command = connection.Command(null, "");
        var where = new StringBuilder(" WHERE 1 = 1");
        AppendKeyConditions(where, command, filter, "s");
        if (filter.StoryId is { } id)
        {
            where.Append(" AND s.id = @story");
            command.With("@story", id);
        }
        var claimLevel = filter with { Type = null, Actor = null, Recipient = null, Item = null, StoryId = null };
        if (claimLevel != ClaimFilter.All)
        {
            var inner = new StringBuilder(" AND EXISTS (SELECT 1 FROM story_claims sc JOIN claims c ON c.document_id = sc.document_id AND c.ordinal = sc.claim_ordinal " +
                "JOIN documents d ON d.id = c.document_id WHERE sc.story_id = s.id");
            AppendClaimConditions(inner, command, claimLevel);
            where.Append(inner).Append(')');
        }
        command.CommandText = StorySelect + where + " ORDER BY s.origins DESC, s.documents DESC, s.id";
        using var reader = command.ExecuteReader();
        var stories = new List<StorySummary>();
        while (reader.Read())
        {
            stories.Add(new StorySummary
            {
                Id = reader.GetInt64(0),
                Type = reader.GetString(1),
                Actor = reader.GetString(2),
                Recipient = reader.GetString(3),
                Item = reader.NullableString(4),
                FirstSeen = reader.NullableDate(5),
                LastSeen = reader.NullableDate(6),
                TimeStart = reader.NullableDate(7),
                TimeEnd = reader.NullableDate(8),
                Claims = reader.GetInt32(9),
                Documents = reader.GetInt32(10),
                Origins = reader.GetInt32(11),
                Languages = Split(reader.GetString(12)),
                Sources = Split(reader.GetString(13)),
                Figures = reader.GetString(14),
                Modalities = reader.GetString(15),
            });
        }
        return stories;
    }

    public StoreCounts Counts()
    {
        using var command = connection.Command(null,
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM claims), (SELECT count(*) FROM stories), " +
            "(SELECT count(DISTINCT COALESCE(origin_id, id)) FROM documents)");
        using var reader = command.ExecuteReader();
        reader.Read();
        return new StoreCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }

    internal static Quantity? ReadQuantity(IRowReader rows, int first)
    {
        var value = Normalize(rows.NullableDecimal(first));
        var min = Normalize(rows.NullableDecimal(first + 1));
        var max = Normalize(rows.NullableDecimal(first + 2));
        if (value is null && min is null && max is null)
            return null;
        return new Quantity(value, min, max, rows.GetBoolean(first + 3), rows.NullableString(first + 4));
    }

    /// <summary>SQLite's REAL reads back as 220.0: drop the trailing zeros so both databases print 220.</summary>
    private static decimal? Normalize(decimal? value) => value / 1.0000000000000000000000000000m;

    private static (long, int, StoredDocument, ClaimRow, long?) ReadClaim(DbDataReader r)
    {
        long documentId = r.GetInt64(0);
        var document = new StoredDocument(documentId, r.GetString(27), r.NullableString(28), r.NullableString(29), r.NullableString(30),
            r.NullableString(31), r.NullableDate(32), r.NullableInt64(33), r.NullableString(34), r.GetDateTime(35));
        var row = new ClaimRow
        {
            Type = r.GetString(2),
            Actor = r.GetString(3),
            ActorText = r.NullableString(4),
            ActorRole = r.NullableString(5),
            Recipient = r.GetString(6),
            RecipientText = r.NullableString(7),
            RecipientRole = r.NullableString(8),
            Item = r.NullableString(9),
            ItemText = r.NullableString(10),
            Quantity = ReadQuantity(new DataReaderRows(r), 11),
            Modality = r.GetString(16),
            Stage = r.NullableString(17),
            Time = r.NullableString(18),
            TimeStart = r.NullableDate(19),
            TimeEnd = r.NullableDate(20),
            TimeAssumed = r.GetBoolean(21),
            Place = r.NullableString(22),
            PlaceCode = r.NullableString(23),
            Rule = r.GetString(24),
            LexiconIds = Split(r.GetString(25), ' '),
            Quote = r.GetString(26),
        };
        return (documentId, r.GetInt32(1), document, row, r.NullableInt64(36));
    }

    private Dictionary<(long, int), List<T>> ReadChildren<T>(List<long> documentIds, string select, Func<DbDataReader, T> read)
    {
        var result = new Dictionary<(long, int), List<T>>();
        using var command = connection.Command(null, "");
        var list = new StringBuilder();
        for (int i = 0; i < documentIds.Count; i++)
        {
            list.Append(i == 0 ? "@d0" : $", @d{i}");
            command.With($"@d{i}", documentIds[i]);
        }
        command.CommandText = $"{select} WHERE document_id IN ({list}) ORDER BY document_id, claim_ordinal, position";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var key = (reader.GetInt64(0), reader.GetInt32(1));
            if (!result.TryGetValue(key, out var items))
                result[key] = items = [];
            items.Add(read(reader));
        }
        return result;
    }

    private void AppendClaimConditions(StringBuilder where, DbCommand command, ClaimFilter filter)
    {
        AppendKeyConditions(where, command, filter, "c");
        if (filter.Modality is { } modality)
        {
            where.Append(" AND c.modality = @modality");
            command.With("@modality", modality);
        }
        if (filter.Language is { } language)
        {
            where.Append(" AND d.language = @lang");
            command.With("@lang", language);
        }
        if (filter.Since is { } since)
        {
            where.Append(" AND COALESCE(c.time_end, d.published) >= @since");
            command.With("@since", since);
        }
        if (filter.Until is { } until)
        {
            where.Append(" AND COALESCE(c.time_start, d.published) <= @until");
            command.With("@until", until);
        }
        if (filter.Attribution is { } code)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM claim_attributions a WHERE a.document_id = c.document_id AND a.claim_ordinal = c.ordinal AND a.code = @attribution)");
            command.With("@attribution", code);
        }
        if (filter.Search is { } search)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM evidence e WHERE e.document_id = c.document_id AND e.claim_ordinal = c.ordinal AND ")
                .Append(dialect.ContainsIgnoringCase("e.sentence", "@search")).Append(')');
            command.With("@search", Sql.ContainsPattern(search));
        }
        if (filter.StoryId is { } story)
        {
            where.Append(" AND sc.story_id = @story");
            command.With("@story", story);
        }
    }

    /// <summary>Type, item, and the parties, on claims (alias c) or stories (alias s). An agreement's parties match either way round.</summary>
    private static void AppendKeyConditions(StringBuilder where, DbCommand command, ClaimFilter filter, string alias)
    {
        if (filter.Type is { } type)
        {
            where.Append($" AND {alias}.type = @type");
            command.With("@type", type);
        }
        if (filter.Item is { } item)
        {
            where.Append($" AND {alias}.item = @item");
            command.With("@item", item);
        }
        if (filter.Actor is { } actor)
        {
            where.Append($" AND ({alias}.actor = @actor OR ({alias}.type = 'agreement' AND {alias}.recipient = @actor))");
            command.With("@actor", actor);
        }
        if (filter.Recipient is { } recipient)
        {
            where.Append($" AND ({alias}.recipient = @recipient OR ({alias}.type = 'agreement' AND {alias}.actor = @recipient))");
            command.With("@recipient", recipient);
        }
    }

    private static IReadOnlyList<string> Split(string text, char separator = ',') =>
        text.Length == 0 ? [] : text.Split(separator);
}
