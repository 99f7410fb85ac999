-- The searchable form of every document, made by PostgreSQL itself on every write: the title weighs more (A) than
-- the body (B), and each is taken apart twice, by the Dutch and by the English configuration, so both languages'
-- words are found by their stems. A GIN index serves @@.
ALTER TABLE plein_fulltext ADD COLUMN document tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch'::regconfig, title), 'A')
    || setweight(to_tsvector('english'::regconfig, title), 'A')
    || setweight(to_tsvector('dutch'::regconfig, body), 'B')
    || setweight(to_tsvector('english'::regconfig, body), 'B')
) STORED;

CREATE INDEX plein_fulltext_document ON plein_fulltext USING GIN (document);
