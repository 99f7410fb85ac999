-- Expedities Nieuwe Gezichten. Dates of the programme (start, end) are ISO dates (YYYY-MM-DD) in VARCHAR(10);
-- moments (meetings, deadlines) are instants in epoch milliseconds; ids are UUIDv7 text.

CREATE TABLE expeditions_leaders (
    person_id     VARCHAR(36)  PRIMARY KEY,
    display_name  VARCHAR(200) NOT NULL,
    region        VARCHAR(100) NOT NULL,
    province      VARCHAR(40)  NOT NULL,
    trained_since VARCHAR(10),
    bio           TEXT,
    listed        BOOLEAN      NOT NULL,
    updated_at    BIGINT       NOT NULL
);
CREATE INDEX expeditions_leaders_province ON expeditions_leaders (province, display_name);

CREATE TABLE expeditions_expeditions (
    id          VARCHAR(36)  PRIMARY KEY,
    title       VARCHAR(200) NOT NULL,
    region      VARCHAR(100) NOT NULL,
    province    VARCHAR(40)  NOT NULL,
    focus       VARCHAR(30)  NOT NULL,
    format      VARCHAR(20)  NOT NULL,
    starts_on   VARCHAR(10)  NOT NULL,
    ends_on     VARCHAR(10)  NOT NULL,
    published   BOOLEAN      NOT NULL,
    created_by  VARCHAR(36),
    created_at  BIGINT       NOT NULL
);
CREATE INDEX expeditions_expeditions_start ON expeditions_expeditions (starts_on);
CREATE INDEX expeditions_expeditions_province ON expeditions_expeditions (province);

-- An expedition can have more than one leader.
CREATE TABLE expeditions_leads (
    expedition_id VARCHAR(36) NOT NULL REFERENCES expeditions_expeditions (id) ON DELETE CASCADE,
    person_id     VARCHAR(36) NOT NULL,
    PRIMARY KEY (expedition_id, person_id)
);
CREATE INDEX expeditions_leads_person ON expeditions_leads (person_id);

CREATE TABLE expeditions_meetings (
    id            VARCHAR(36)  PRIMARY KEY,
    expedition_id VARCHAR(36)  NOT NULL REFERENCES expeditions_expeditions (id) ON DELETE CASCADE,
    kind          VARCHAR(20)  NOT NULL,
    title         VARCHAR(200) NOT NULL,
    starts_at     BIGINT       NOT NULL,
    place         VARCHAR(300),
    link          VARCHAR(500),
    agenda        TEXT,
    materials     TEXT
);
CREATE INDEX expeditions_meetings_expedition ON expeditions_meetings (expedition_id, starts_at);

CREATE TABLE expeditions_assignments (
    id            VARCHAR(36)  PRIMARY KEY,
    expedition_id VARCHAR(36)  NOT NULL REFERENCES expeditions_expeditions (id) ON DELETE CASCADE,
    title         VARCHAR(200) NOT NULL,
    description   TEXT,
    due_at        BIGINT       NOT NULL
);
CREATE INDEX expeditions_assignments_expedition ON expeditions_assignments (expedition_id, due_at);

CREATE TABLE expeditions_invitations (
    token_hash    VARCHAR(64)  PRIMARY KEY,
    expedition_id VARCHAR(36)  NOT NULL REFERENCES expeditions_expeditions (id) ON DELETE CASCADE,
    email         VARCHAR(320) NOT NULL,
    invited_by    VARCHAR(36),
    created_at    BIGINT       NOT NULL,
    expires_at    BIGINT       NOT NULL,
    accepted_at   BIGINT
);
CREATE INDEX expeditions_invitations_expedition ON expeditions_invitations (expedition_id);

-- Organisations (core's) taking part; their contacts are the organisation's members.
CREATE TABLE expeditions_participants (
    expedition_id   VARCHAR(36) NOT NULL REFERENCES expeditions_expeditions (id) ON DELETE CASCADE,
    organisation_id VARCHAR(36) NOT NULL,
    joined_at       BIGINT      NOT NULL,
    joined_by       VARCHAR(36),
    PRIMARY KEY (expedition_id, organisation_id)
);
CREATE INDEX expeditions_participants_organisation ON expeditions_participants (organisation_id);

CREATE TABLE expeditions_baselines (
    expedition_id      VARCHAR(36) NOT NULL REFERENCES expeditions_expeditions (id) ON DELETE CASCADE,
    organisation_id    VARCHAR(36) NOT NULL,
    current_volunteers INTEGER     NOT NULL,
    target_group       VARCHAR(30) NOT NULL,
    ambition           TEXT        NOT NULL,
    recorded_at        BIGINT      NOT NULL,
    recorded_by        VARCHAR(36),
    PRIMARY KEY (expedition_id, organisation_id)
);

CREATE TABLE expeditions_plans (
    expedition_id   VARCHAR(36) NOT NULL REFERENCES expeditions_expeditions (id) ON DELETE CASCADE,
    organisation_id VARCHAR(36) NOT NULL,
    goal            TEXT        NOT NULL,
    target_group    VARCHAR(30) NOT NULL,
    experiments     TEXT        NOT NULL,
    updated_at      BIGINT      NOT NULL,
    updated_by      VARCHAR(36),
    PRIMARY KEY (expedition_id, organisation_id)
);

CREATE TABLE expeditions_log_entries (
    id              VARCHAR(36)  PRIMARY KEY,
    expedition_id   VARCHAR(36)  NOT NULL REFERENCES expeditions_expeditions (id) ON DELETE CASCADE,
    organisation_id VARCHAR(36)  NOT NULL,
    happened_on     VARCHAR(10)  NOT NULL,
    action          TEXT         NOT NULL,
    result          TEXT,
    reflection      TEXT,
    attachment_id   VARCHAR(36),
    shared          BOOLEAN      NOT NULL,
    author_id       VARCHAR(36),
    created_at      BIGINT       NOT NULL
);
CREATE INDEX expeditions_log_organisation ON expeditions_log_entries (expedition_id, organisation_id, happened_on);
CREATE INDEX expeditions_log_shared ON expeditions_log_entries (expedition_id, shared, created_at);
CREATE INDEX expeditions_log_author ON expeditions_log_entries (author_id);

CREATE TABLE expeditions_submissions (
    assignment_id   VARCHAR(36) NOT NULL REFERENCES expeditions_assignments (id) ON DELETE CASCADE,
    organisation_id VARCHAR(36) NOT NULL,
    body            TEXT        NOT NULL,
    attachment_id   VARCHAR(36),
    submitted_at    BIGINT      NOT NULL,
    submitted_by    VARCHAR(36),
    PRIMARY KEY (assignment_id, organisation_id)
);

-- New volunteers per target group at the final measurement and the follow-ups after 3 and 6 months.
CREATE TABLE expeditions_measurements (
    expedition_id   VARCHAR(36) NOT NULL REFERENCES expeditions_expeditions (id) ON DELETE CASCADE,
    organisation_id VARCHAR(36) NOT NULL,
    moment          VARCHAR(10) NOT NULL,
    target_group    VARCHAR(30) NOT NULL,
    new_volunteers  INTEGER     NOT NULL,
    retained        INTEGER     NOT NULL,
    recorded_at     BIGINT      NOT NULL,
    recorded_by     VARCHAR(36),
    PRIMARY KEY (expedition_id, organisation_id, moment, target_group)
);

CREATE TABLE expeditions_attendance (
    meeting_id      VARCHAR(36) NOT NULL REFERENCES expeditions_meetings (id) ON DELETE CASCADE,
    organisation_id VARCHAR(36) NOT NULL,
    present         BOOLEAN     NOT NULL,
    PRIMARY KEY (meeting_id, organisation_id)
);
