-- Documents and the claims extracted from them. A claim is keyed by its document and its
-- position in the document's claim list, so replacing a document's claims is one delete
-- (cascading to attributions and evidence) and one insert, in the same transaction.
CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    source_key    TEXT    NOT NULL UNIQUE,   -- URL, JSON Lines id, or full path
    content_hash  TEXT    NOT NULL,          -- SHA-256 of the text, hex
    url           TEXT,
    outlet        TEXT,
    title         TEXT,
    language      TEXT,
    published     TEXT,                      -- yyyy-MM-dd
    origin_id     INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    fingerprint   BLOB,                      -- MinHash signature; NULL when the text is too short
    ingested_at   TEXT    NOT NULL
);
CREATE INDEX documents_origin ON documents(origin_id);

CREATE TABLE claims (
    document_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,
    type            TEXT    NOT NULL,
    actor           TEXT    NOT NULL,
    actor_text      TEXT,
    actor_role      TEXT,
    recipient       TEXT    NOT NULL,
    recipient_text  TEXT,
    recipient_role  TEXT,
    item            TEXT,
    item_text       TEXT,
    quantity_value  REAL,
    quantity_min    REAL,
    quantity_max    REAL,
    quantity_approx INTEGER NOT NULL,
    quantity_unit   TEXT,
    modality        TEXT    NOT NULL,
    stage           TEXT,
    time            TEXT,                    -- 2024, 2025-02 or 2025-02-11
    time_start      TEXT,                    -- first and last day of time
    time_end        TEXT,
    time_assumed    INTEGER NOT NULL,
    place           TEXT,
    place_code      TEXT,
    rule            TEXT    NOT NULL,
    lexicon_ids     TEXT    NOT NULL,        -- space-separated lexicon row ids
    quote           TEXT    NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);
CREATE INDEX claims_key ON claims(type, actor, recipient, item);

CREATE TABLE claim_attributions (
    document_id   INTEGER NOT NULL,
    claim_ordinal INTEGER NOT NULL,
    position      INTEGER NOT NULL,
    code          TEXT    NOT NULL,
    speaker_text  TEXT,
    anonymous     INTEGER NOT NULL,
    channel       TEXT,
    PRIMARY KEY (document_id, claim_ordinal, position),
    FOREIGN KEY (document_id, claim_ordinal) REFERENCES claims(document_id, ordinal) ON DELETE CASCADE
);
CREATE INDEX claim_attributions_code ON claim_attributions(code);

CREATE TABLE evidence (
    document_id    INTEGER NOT NULL,
    claim_ordinal  INTEGER NOT NULL,
    position       INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    sentence       TEXT    NOT NULL,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    trigger_text   TEXT    NOT NULL,
    PRIMARY KEY (document_id, claim_ordinal, position),
    FOREIGN KEY (document_id, claim_ordinal) REFERENCES claims(document_id, ordinal) ON DELETE CASCADE
);
