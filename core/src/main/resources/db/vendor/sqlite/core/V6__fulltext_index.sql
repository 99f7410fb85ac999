-- FTS5 over plein_fulltext (external content: the text is stored once), kept in step by triggers. unicode61 folds
-- case and diacritics; there is no stemming, so a search asks for every word as a prefix. Rows are keyed by
-- row_key, never by the implicit rowid, which VACUUM may renumber.
CREATE VIRTUAL TABLE plein_fulltext_index USING fts5(
    title, body,
    content = 'plein_fulltext', content_rowid = 'row_key',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- A deleted document leaves no trace in the index's pages, not even until the next merge (erasure).
INSERT INTO plein_fulltext_index (plein_fulltext_index, rank) VALUES ('secure-delete', 1);

CREATE TRIGGER plein_fulltext_added AFTER INSERT ON plein_fulltext BEGIN
    INSERT INTO plein_fulltext_index (rowid, title, body) VALUES (new.row_key, new.title, new.body);
END;

CREATE TRIGGER plein_fulltext_removed AFTER DELETE ON plein_fulltext BEGIN
    INSERT INTO plein_fulltext_index (plein_fulltext_index, rowid, title, body)
    VALUES ('delete', old.row_key, old.title, old.body);
END;

CREATE TRIGGER plein_fulltext_changed AFTER UPDATE ON plein_fulltext BEGIN
    INSERT INTO plein_fulltext_index (plein_fulltext_index, rowid, title, body)
    VALUES ('delete', old.row_key, old.title, old.body);
    INSERT INTO plein_fulltext_index (rowid, title, body) VALUES (new.row_key, new.title, new.body);
END;
