-- Stories: claims about the same thing across documents. Rebuilt after every ingest; the
-- summary columns are what `pantau stories` lists, computed when the story is built.
CREATE TABLE stories (
    id                 INTEGER PRIMARY KEY,
    type               TEXT    NOT NULL,
    actor              TEXT    NOT NULL,
    recipient          TEXT    NOT NULL,
    item               TEXT,
    anchor_document_id INTEGER NOT NULL,     -- the earliest claim, which keeps the id stable
    anchor_ordinal     INTEGER NOT NULL,
    first_seen         TEXT,
    last_seen          TEXT,
    time_start         TEXT,
    time_end           TEXT,
    claims             INTEGER NOT NULL,
    documents          INTEGER NOT NULL,
    origins            INTEGER NOT NULL,
    languages          TEXT    NOT NULL,
    sources            TEXT    NOT NULL,
    figures            TEXT    NOT NULL,
    modalities         TEXT    NOT NULL
);
CREATE INDEX stories_key ON stories(type, actor, recipient, item);

CREATE TABLE story_claims (
    story_id      INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    document_id   INTEGER NOT NULL,
    claim_ordinal INTEGER NOT NULL,
    PRIMARY KEY (document_id, claim_ordinal),
    FOREIGN KEY (document_id, claim_ordinal) REFERENCES claims(document_id, ordinal) ON DELETE CASCADE
);
CREATE INDEX story_claims_story ON story_claims(story_id);
