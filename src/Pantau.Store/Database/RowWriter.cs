using NpgsqlTypes;

namespace Pantau.Store.Database;

/// <summary>
/// Writes many rows of one statement or table, each <see cref="Add"/> one row with its values in
/// column order. A writer may send rows as they come or keep them until <see cref="Flush"/>; a
/// writer whose rows reference another's (claims' children) is given it as parent, which it
/// flushes first so foreign keys hold. Made by <see cref="ISqlDialect.InsertRows"/>.
/// </summary>
internal interface IRowWriter : IDisposable
{
    void Add(params object?[] row);

    void Flush();
}

/// <summary>A table and the columns rows are written to, with their PostgreSQL types (binary COPY has to name them).</summary>
internal sealed record RowTable(string Name, params (string Column, NpgsqlDbType Type)[] Columns)
{
    public string ColumnList => string.Join(", ", Columns.Select(c => c.Column));

    public static readonly RowTable Claims = new("claims",
        ("document_id", NpgsqlDbType.Bigint), ("ordinal", NpgsqlDbType.Integer), ("type", NpgsqlDbType.Text), ("actor", NpgsqlDbType.Text),
        ("actor_text", NpgsqlDbType.Text), ("actor_role", NpgsqlDbType.Text), ("recipient", NpgsqlDbType.Text), ("recipient_text", NpgsqlDbType.Text),
        ("recipient_role", NpgsqlDbType.Text), ("item", NpgsqlDbType.Text), ("item_text", NpgsqlDbType.Text), ("quantity_value", NpgsqlDbType.Numeric),
        ("quantity_min", NpgsqlDbType.Numeric), ("quantity_max", NpgsqlDbType.Numeric), ("quantity_approx", NpgsqlDbType.Boolean),
        ("quantity_unit", NpgsqlDbType.Text), ("modality", NpgsqlDbType.Text), ("stage", NpgsqlDbType.Text), ("time", NpgsqlDbType.Text),
        ("time_start", NpgsqlDbType.Date), ("time_end", NpgsqlDbType.Date), ("time_assumed", NpgsqlDbType.Boolean), ("place", NpgsqlDbType.Text),
        ("place_code", NpgsqlDbType.Text), ("rule", NpgsqlDbType.Text), ("lexicon_ids", NpgsqlDbType.Text), ("quote", NpgsqlDbType.Text));

    public static readonly RowTable Attributions = new("claim_attributions",
        ("document_id", NpgsqlDbType.Bigint), ("claim_ordinal", NpgsqlDbType.Integer), ("position", NpgsqlDbType.Integer), ("code", NpgsqlDbType.Text),
        ("speaker_text", NpgsqlDbType.Text), ("anonymous", NpgsqlDbType.Boolean), ("channel", NpgsqlDbType.Text));

    public static readonly RowTable Evidence = new("evidence",
        ("document_id", NpgsqlDbType.Bigint), ("claim_ordinal", NpgsqlDbType.Integer), ("position", NpgsqlDbType.Integer),
        ("sentence_start", NpgsqlDbType.Integer), ("sentence_end", NpgsqlDbType.Integer), ("sentence", NpgsqlDbType.Text),
        ("trigger_start", NpgsqlDbType.Integer), ("trigger_end", NpgsqlDbType.Integer), ("trigger_text", NpgsqlDbType.Text));

    public static readonly RowTable Stories = new("stories",
        ("id", NpgsqlDbType.Bigint), ("type", NpgsqlDbType.Text), ("actor", NpgsqlDbType.Text), ("recipient", NpgsqlDbType.Text),
        ("item", NpgsqlDbType.Text), ("anchor_document_id", NpgsqlDbType.Bigint), ("anchor_ordinal", NpgsqlDbType.Integer),
        ("first_seen", NpgsqlDbType.Date), ("last_seen", NpgsqlDbType.Date), ("time_start", NpgsqlDbType.Date), ("time_end", NpgsqlDbType.Date),
        ("claims", NpgsqlDbType.Integer), ("documents", NpgsqlDbType.Integer), ("origins", NpgsqlDbType.Integer), ("languages", NpgsqlDbType.Text),
        ("sources", NpgsqlDbType.Text), ("figures", NpgsqlDbType.Text), ("modalities", NpgsqlDbType.Text));

    public static readonly RowTable StoryClaims = new("story_claims",
        ("story_id", NpgsqlDbType.Bigint), ("document_id", NpgsqlDbType.Bigint), ("claim_ordinal", NpgsqlDbType.Integer));
}
