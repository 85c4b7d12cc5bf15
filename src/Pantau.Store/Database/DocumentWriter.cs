using System.Data.Common;
using Pantau.Store.Model;

namespace Pantau.Store.Database;

/// <summary>
/// Saves a batch of documents with their claims in one transaction. Per document: a new source
/// key is inserted (<c>ON CONFLICT DO NOTHING</c>, so a concurrent ingest that inserted it first
/// wins and we fall through to the next case); a known key with the same content hash is left
/// alone; a known key with another hash gets its row updated (origin unset: it needs linking again), the
/// story keys of its claims marked stale, its claims deleted (cascading to attributions, evidence and
/// story membership) and inserted again. A batch is all or nothing.
/// </summary>
internal sealed class DocumentWriter(DbConnection connection, ISqlDialect dialect)
{
    public BatchResult Save(IReadOnlyList<DocumentRecord> documents, DateTime now)
    {
        using var transaction = connection.BeginTransaction();
        if (dialect.SharedLockSql is { } lockSql)
            connection.Execute(transaction, lockSql);
        using var claims = dialect.InsertRows(connection, transaction, RowTable.Claims);
        using var attributions = dialect.InsertRows(connection, transaction, RowTable.Attributions, claims);
        using var evidence = dialect.InsertRows(connection, transaction, RowTable.Evidence, claims);
        using var insert = connection.Command(transaction,
            "INSERT INTO documents (source_key, content_hash, url, outlet, title, language, published, fingerprint, ingested_at) " +
            "VALUES (@key, @hash, @url, @outlet, @title, @lang, @published, @fingerprint, @now) " +
            "ON CONFLICT (source_key) DO NOTHING RETURNING id");
        Describe(insert).With("@key", null);
        using var existing = connection.Command(transaction, "SELECT id, content_hash FROM documents WHERE source_key = @key" + dialect.ForUpdate)
            .With("@key", null);
        int added = 0, unchanged = 0, replaced = 0, claimCount = 0;
        foreach (var document in documents)
        {
            long id;
            if (Insert(insert, document, now) is { } newId)
            {
                id = newId;
                added++;
            }
            else
            {
                var (existingId, hash) = Existing(existing, document.SourceKey);
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

    /// <summary>Runs the prepared insert with this document's values: its new id, or null when the key is already stored.</summary>
    private static long? Insert(DbCommand insert, DocumentRecord d, DateTime now)
    {
        Set(insert, d, now);
        insert.Parameters["@key"].Value = d.SourceKey;
        var result = insert.ExecuteScalar();
        return result is null or DBNull ? null : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static (long Id, string Hash) Existing(DbCommand existing, string sourceKey)
    {
        existing.Parameters["@key"].Value = sourceKey;
        using var reader = existing.ExecuteReader();
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
            Set(Describe(update), d, now);
            update.With("@id", id).ExecuteNonQuery();
        }
        // The stories the old claims were in lose them: the next rebuild must redo those keys too.
        using (var stale = connection.Command(transaction,
            "INSERT INTO stale_story_keys (type, actor, recipient, item) SELECT DISTINCT type, actor, recipient, item FROM claims WHERE document_id = @id"))
        {
            stale.With("@id", id).ExecuteNonQuery();
        }
        using var delete = connection.Command(transaction, "DELETE FROM claims WHERE document_id = @id").With("@id", id);
        delete.ExecuteNonQuery();
    }

    /// <summary>Adds the parameters that describe a document, without values yet.</summary>
    private static DbCommand Describe(DbCommand command) => command
        .With("@hash", null).With("@url", null).With("@outlet", null).With("@title", null)
        .With("@lang", null).With("@published", null).With("@fingerprint", null).With("@now", null);

    private static void Set(DbCommand command, DocumentRecord d, DateTime now)
    {
        var parameters = command.Parameters;
        parameters["@hash"].Value = d.ContentHash;
        parameters["@url"].Value = (object?)d.Url ?? DBNull.Value;
        parameters["@outlet"].Value = (object?)d.Outlet ?? DBNull.Value;
        parameters["@title"].Value = (object?)d.Title ?? DBNull.Value;
        parameters["@lang"].Value = (object?)d.Language ?? DBNull.Value;
        parameters["@published"].Value = d.Published is { } published ? published : DBNull.Value;
        parameters["@fingerprint"].Value = (object?)d.Fingerprint ?? DBNull.Value;
        parameters["@now"].Value = now;
    }
}
