using System.Data.Common;
using Pantau.Store.Model;

namespace Pantau.Store.Database;

/// <summary>
/// Saves a batch of documents with their claims in one transaction. Per document: a new source
/// key is inserted (<c>ON CONFLICT DO NOTHING</c>, so a concurrent ingest that inserted it first
/// wins and we fall through to the next case); a known key with the same content hash is left
/// alone; a known key with another hash gets its row updated and its claims deleted (cascading
/// to attributions, evidence and story membership) and inserted again. A batch is all or nothing.
/// </summary>
internal sealed class DocumentWriter(DbConnection connection, ISqlDialect dialect)
{
    private const string ClaimColumns =
        "document_id, ordinal, type, actor, actor_text, actor_role, recipient, recipient_text, recipient_role, item, item_text, " +
        "quantity_value, quantity_min, quantity_max, quantity_approx, quantity_unit, modality, stage, time, time_start, time_end, " +
        "time_assumed, place, place_code, rule, lexicon_ids, quote";

    public BatchResult Save(IReadOnlyList<DocumentRecord> documents, DateTime now)
    {
        using var transaction = connection.BeginTransaction();
        int rows = dialect.RowsPerStatement;
        using var claims = new ValuesBatch(connection, transaction, $"INSERT INTO claims ({ClaimColumns}) VALUES ", "", 27, rows);
        using var attributions = new ValuesBatch(connection, transaction,
            "INSERT INTO claim_attributions (document_id, claim_ordinal, position, code, speaker_text, anonymous, channel) VALUES ", "", 7, rows, claims);
        using var evidence = new ValuesBatch(connection, transaction,
            "INSERT INTO evidence (document_id, claim_ordinal, position, sentence_start, sentence_end, sentence, trigger_start, trigger_end, trigger_text) VALUES ", "", 9, rows, claims);
        int added = 0, unchanged = 0, replaced = 0, claimCount = 0;
        foreach (var document in documents)
        {
            long id;
            if (Insert(transaction, document, now) is { } newId)
            {
                id = newId;
                added++;
            }
            else
            {
                var (existingId, hash) = Existing(transaction, document.SourceKey);
                if (hash == document.ContentHash)
                {
                    unchanged++;
                    continue;
                }
                // The same key twice in one batch: its first claims must be in the table before they are deleted.
                claims.Flush();
                attributions.Flush();
                evidence.Flush();
                Replace(transaction, existingId, document, now);
                id = existingId;
                replaced++;
            }
            for (int ordinal = 0; ordinal < document.Claims.Count; ordinal++)
            {
                var c = document.Claims[ordinal];
                claims.Add(id, ordinal, c.Type, c.Actor, c.ActorText, c.ActorRole, c.Recipient, c.RecipientText, c.RecipientRole,
                    c.Item, c.ItemText, c.Quantity?.Value, c.Quantity?.Min, c.Quantity?.Max, c.Quantity?.Approx ?? false, c.Quantity?.Unit,
                    c.Modality, c.Stage, c.Time, c.TimeStart, c.TimeEnd, c.TimeAssumed, c.Place, c.PlaceCode, c.Rule,
                    string.Join(' ', c.LexiconIds), c.Quote);
                for (int p = 0; p < c.Attribution.Count; p++)
                {
                    var a = c.Attribution[p];
                    attributions.Add(id, ordinal, p, a.Code, a.SpeakerText, a.Anonymous, a.Channel);
                }
                for (int p = 0; p < c.Evidence.Count; p++)
                {
                    var e = c.Evidence[p];
                    evidence.Add(id, ordinal, p, e.SentenceStart, e.SentenceEnd, e.Sentence, e.TriggerStart, e.TriggerEnd, e.TriggerText);
                }
            }
            claimCount += document.Claims.Count;
        }
        claims.Flush();
        attributions.Flush();
        evidence.Flush();
        transaction.Commit();
        return new BatchResult(added, unchanged, replaced, claimCount);
    }

    private long? Insert(DbTransaction transaction, DocumentRecord d, DateTime now)
    {
        using var command = connection.Command(transaction,
            "INSERT INTO documents (source_key, content_hash, url, outlet, title, language, published, fingerprint, ingested_at) " +
            "VALUES (@key, @hash, @url, @outlet, @title, @lang, @published, @fingerprint, @now) " +
            "ON CONFLICT (source_key) DO NOTHING RETURNING id");
        Describe(command, d, now).With("@key", d.SourceKey);
        var result = command.ExecuteScalar();
        return result is null or DBNull ? null : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    private (long Id, string Hash) Existing(DbTransaction transaction, string sourceKey)
    {
        using var command = connection.Command(transaction, "SELECT id, content_hash FROM documents WHERE source_key = @key" + dialect.ForUpdate)
            .With("@key", sourceKey);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
            throw new InvalidOperationException($"document '{sourceKey}' neither inserted nor found");
        return (reader.GetInt64(0), reader.GetString(1));
    }

    private void Replace(DbTransaction transaction, long id, DocumentRecord d, DateTime now)
    {
        using (var update = connection.Command(transaction,
            "UPDATE documents SET content_hash = @hash, url = @url, outlet = @outlet, title = @title, language = @lang, " +
            "published = @published, fingerprint = @fingerprint, ingested_at = @now, origin_id = NULL WHERE id = @id"))
        {
            Describe(update, d, now).With("@id", id).ExecuteNonQuery();
        }
        using var delete = connection.Command(transaction, "DELETE FROM claims WHERE document_id = @id").With("@id", id);
        delete.ExecuteNonQuery();
    }

    private static DbCommand Describe(DbCommand command, DocumentRecord d, DateTime now) => command
        .With("@hash", d.ContentHash).With("@url", d.Url).With("@outlet", d.Outlet).With("@title", d.Title)
        .With("@lang", d.Language).With("@published", d.Published).With("@fingerprint", d.Fingerprint).With("@now", now);
}
