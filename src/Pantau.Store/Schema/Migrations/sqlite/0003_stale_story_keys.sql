-- Story keys (type, actor, recipient, item of claims) whose stories the next rebuild must redo
-- although no document without an origin has claims under them: the keys of a replaced
-- document's old claims, and every key when the story rules change. Rebuilds redo only the keys
-- that new documents, changed origins and this table name, then empty it. Every key is stale
-- after this upgrade, so the first rebuild is a whole one.
CREATE TABLE stale_story_keys (
    type      TEXT NOT NULL,
    actor     TEXT NOT NULL,
    recipient TEXT NOT NULL,
    item      TEXT
);
INSERT INTO stale_story_keys (type, actor, recipient, item) SELECT DISTINCT type, actor, recipient, item FROM claims;
