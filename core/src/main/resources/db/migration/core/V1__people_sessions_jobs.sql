-- Core's tables are prefixed plein_. Ids are application-generated UUIDv7 text; instants are epoch milliseconds.

CREATE TABLE plein_people (
    id            VARCHAR(36)  PRIMARY KEY,
    email         VARCHAR(320) NOT NULL UNIQUE,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    locale        VARCHAR(8)   NOT NULL DEFAULT 'nl',
    blocked       BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    BIGINT       NOT NULL
);

CREATE TABLE plein_person_roles (
    person_id  VARCHAR(36)  NOT NULL REFERENCES plein_people (id) ON DELETE CASCADE,
    role_id    VARCHAR(100) NOT NULL,
    granted_at BIGINT       NOT NULL,
    PRIMARY KEY (person_id, role_id)
);

-- Only a hash of the session token is stored: a leaked database file does not hand out live sessions.
CREATE TABLE plein_sessions (
    token_hash   VARCHAR(64) PRIMARY KEY,
    person_id    VARCHAR(36) NOT NULL REFERENCES plein_people (id) ON DELETE CASCADE,
    created_at   BIGINT      NOT NULL,
    last_seen_at BIGINT      NOT NULL
);
CREATE INDEX plein_sessions_person ON plein_sessions (person_id);

CREATE TABLE plein_jobs (
    id         VARCHAR(36)  PRIMARY KEY,
    owner      VARCHAR(40)  NOT NULL,
    kind       VARCHAR(100) NOT NULL,
    job_key    VARCHAR(200) NOT NULL,
    payload    TEXT,
    run_at     BIGINT       NOT NULL,
    status     VARCHAR(10)  NOT NULL,
    attempts   INTEGER      NOT NULL DEFAULT 0,
    claimed_by VARCHAR(64),
    claimed_at BIGINT,
    last_error TEXT,
    created_at BIGINT       NOT NULL,
    UNIQUE (owner, kind, job_key)
);
CREATE INDEX plein_jobs_due ON plein_jobs (status, run_at);

-- Demo content is loaded once per owner (core or a plugin id).
CREATE TABLE plein_demo_runs (
    owner     VARCHAR(40) PRIMARY KEY,
    loaded_at BIGINT      NOT NULL
);
