-- Core's full-text index: what plugins put in through PluginContext.fullText(), one row per document of a plugin
-- (owner). The text is stored as the engines compare it: its words, without diacritics or punctuation. Engines
-- differ, so the index over these columns comes with V6 from db/vendor/<engine>/core: FTS5 on SQLite, a tsvector
-- column on PostgreSQL.
-- row_key is a random 63-bit number made by the application: FTS5 needs an integer key that VACUUM never renumbers
-- (an implicit rowid may change), and ids stay application-made on both engines.
CREATE TABLE plein_fulltext (
    owner   VARCHAR(40)  NOT NULL,
    kind    VARCHAR(40)  NOT NULL,
    doc_id  VARCHAR(100) NOT NULL,
    row_key BIGINT       NOT NULL UNIQUE,
    title   TEXT         NOT NULL,
    body    TEXT         NOT NULL,
    PRIMARY KEY (owner, kind, doc_id)
);
