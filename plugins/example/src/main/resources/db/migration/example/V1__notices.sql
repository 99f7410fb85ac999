CREATE TABLE example_notices (
    id          VARCHAR(36)  PRIMARY KEY,
    author_id   VARCHAR(36),
    author_name VARCHAR(200),
    title       VARCHAR(120) NOT NULL,
    body        TEXT         NOT NULL,
    created_at  BIGINT       NOT NULL
);
CREATE INDEX example_notices_newest ON example_notices (created_at);
CREATE INDEX example_notices_author ON example_notices (author_id);
