-- People: profile, confirmation. An erased person's row is deleted; plugins anonymise their own content.
ALTER TABLE plein_people ADD COLUMN bio TEXT;
ALTER TABLE plein_people ADD COLUMN email_confirmed BOOLEAN NOT NULL DEFAULT FALSE;

-- Single-use links sent by mail: confirm an address, reset a password, confirm a new address.
-- Only a hash of the token is stored.
CREATE TABLE plein_email_tokens (
    token_hash VARCHAR(64)  PRIMARY KEY,
    person_id  VARCHAR(36)  NOT NULL REFERENCES plein_people (id) ON DELETE CASCADE,
    purpose    VARCHAR(20)  NOT NULL,
    new_email  VARCHAR(320),
    expires_at BIGINT       NOT NULL,
    used_at    BIGINT
);
CREATE INDEX plein_email_tokens_person ON plein_email_tokens (person_id);

CREATE TABLE plein_organisations (
    id           VARCHAR(36)  PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    kind         VARCHAR(40)  NOT NULL,
    municipality VARCHAR(100),
    province     VARCHAR(40),
    website      VARCHAR(300),
    description  TEXT,
    created_at   BIGINT       NOT NULL
);
CREATE INDEX plein_organisations_name ON plein_organisations (name);

CREATE TABLE plein_memberships (
    organisation_id VARCHAR(36) NOT NULL REFERENCES plein_organisations (id) ON DELETE CASCADE,
    person_id       VARCHAR(36) NOT NULL REFERENCES plein_people (id) ON DELETE CASCADE,
    role            VARCHAR(10) NOT NULL,
    joined_at       BIGINT      NOT NULL,
    PRIMARY KEY (organisation_id, person_id)
);
CREATE INDEX plein_memberships_person ON plein_memberships (person_id);

CREATE TABLE plein_invitations (
    token_hash      VARCHAR(64)  PRIMARY KEY,
    organisation_id VARCHAR(36)  NOT NULL REFERENCES plein_organisations (id) ON DELETE CASCADE,
    email           VARCHAR(320) NOT NULL,
    role            VARCHAR(10)  NOT NULL,
    invited_by      VARCHAR(36),
    created_at      BIGINT       NOT NULL,
    expires_at      BIGINT       NOT NULL,
    accepted_at     BIGINT
);
CREATE INDEX plein_invitations_organisation ON plein_invitations (organisation_id);

-- Failed sign-ins, counted per account and per address over a sliding window. Keys are hashed.
CREATE TABLE plein_login_failures (
    id       VARCHAR(36) PRIMARY KEY,
    key_hash VARCHAR(64) NOT NULL,
    at       BIGINT      NOT NULL
);
CREATE INDEX plein_login_failures_key ON plein_login_failures (key_hash, at);

-- Every mail goes through here first, so none is lost when the SMTP server is away or Plein restarts.
CREATE TABLE plein_outbox (
    id              VARCHAR(36)  PRIMARY KEY,
    dedupe_key      VARCHAR(200) NOT NULL UNIQUE,
    person_id       VARCHAR(36),
    recipient       VARCHAR(320) NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    text_body       TEXT         NOT NULL,
    html_body       TEXT         NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at BIGINT       NOT NULL,
    claimed_at      BIGINT,
    last_error      TEXT,
    created_at      BIGINT       NOT NULL,
    sent_at         BIGINT
);
CREATE INDEX plein_outbox_due ON plein_outbox (status, next_attempt_at);
CREATE INDEX plein_outbox_person ON plein_outbox (person_id);
CREATE INDEX plein_outbox_created ON plein_outbox (created_at);

-- Security-relevant events. Who did it and to whom are person ids, never names or addresses, so erasing a
-- person leaves no personal data here.
CREATE TABLE plein_audit (
    id         VARCHAR(36)  PRIMARY KEY,
    at         BIGINT       NOT NULL,
    actor_id   VARCHAR(36),
    action     VARCHAR(60)  NOT NULL,
    subject_id VARCHAR(36),
    detail     VARCHAR(500)
);
CREATE INDEX plein_audit_at ON plein_audit (at);

-- Files uploaded through core for plugins; the bytes live in the data directory, outside any web root.
CREATE TABLE plein_uploads (
    id           VARCHAR(36)  PRIMARY KEY,
    owner        VARCHAR(40)  NOT NULL,
    uploader_id  VARCHAR(36),
    filename     VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    created_at   BIGINT       NOT NULL
);
CREATE INDEX plein_uploads_uploader ON plein_uploads (uploader_id);
