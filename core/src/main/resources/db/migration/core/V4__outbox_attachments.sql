-- Files sent with an outbox mail (e.g. an .ics invitation), in order. Base64 in TEXT rather than BLOB/BYTEA, so
-- the same statements run on SQLite and PostgreSQL. Erasing or deleting the mail deletes its files (Database turns
-- SQLite's foreign keys on for every connection; PostgreSQL always has them).
CREATE TABLE plein_outbox_attachments (
    outbox_id      VARCHAR(36)  NOT NULL REFERENCES plein_outbox(id) ON DELETE CASCADE,
    position       INTEGER      NOT NULL,
    filename       VARCHAR(100) NOT NULL,
    content_type   VARCHAR(100) NOT NULL,
    content_base64 TEXT         NOT NULL,
    PRIMARY KEY (outbox_id, position)
);
