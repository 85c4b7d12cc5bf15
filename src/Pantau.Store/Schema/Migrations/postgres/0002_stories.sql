-- PostgreSQL twin of sqlite/0002.
-- Stories: claims about the same thing across documents. Rebuilt after every ingest; the
-- summary columns are what `pantau stories` lists, computed when the story is built.
CREATE TABLE stories (
    id                 BIGINT PRIMARY KEY,
    type               TEXT    NOT NULL,
    actor              TEXT    NOT NULL,
    recipient          TEXT    NOT NULL,
    item               TEXT,
    anchor_document_id BIGINT NOT NULL,     -- the earliest claim, which keeps the id stable
    anchor_ordinal     INTEGER NOT NULL,
    first_seen         DATE,
    last_seen          DATE,
    time_start         DATE,
    time_end           DATE,
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
    story_id      BIGINT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    document_id   BIGINT NOT NULL,
    claim_ordinal INTEGER NOT NULL,
    PRIMARY KEY (document_id, claim_ordinal),
    FOREIGN KEY (document_id, claim_ordinal) REFERENCES claims(document_id, ordinal) ON DELETE CASCADE
);
CREATE INDEX story_claims_story ON story_claims(story_id);
