-- Networks: members-only spaces. Portable SQL (SQLite and PostgreSQL): ids from the application, instants as epoch
-- millis (BIGINT), calendar dates as ISO text (YYYY-MM-DD), booleans as BOOLEAN.
-- Privacy is the point of this plugin: every table that holds content carries space_id, so every query can be
-- scoped to a space the visitor may see (SpaceAccess).

-- visibility: open (anyone reads) | members (listed, closed) | secret (not listed; 404 to outsiders)
-- kind: network (meetings, discussions, documents) | programme (also local trajectories)
CREATE TABLE networks_spaces (
    id          VARCHAR(36)  PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    description TEXT         NOT NULL,
    visibility  VARCHAR(10)  NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    created_by  VARCHAR(36),
    created_at  BIGINT       NOT NULL,
    updated_at  BIGINT       NOT NULL
);

-- Member organisations of a space.
CREATE TABLE networks_organisations (
    space_id        VARCHAR(36) NOT NULL REFERENCES networks_spaces (id),
    organisation_id VARCHAR(36) NOT NULL,
    joined_at       BIGINT      NOT NULL,
    PRIMARY KEY (space_id, organisation_id)
);

-- People in a space and their role: coordinator | chair | member | guest. A guest is invited for one meeting
-- (guest_meeting_id) and sees only that meeting and its documents. organisation_id: the member organisation they
-- represent (null for a coordinator from outside, e.g. NOV staff).
CREATE TABLE networks_members (
    space_id         VARCHAR(36) NOT NULL REFERENCES networks_spaces (id),
    person_id        VARCHAR(36) NOT NULL,
    organisation_id  VARCHAR(36),
    role             VARCHAR(12) NOT NULL,
    guest_meeting_id VARCHAR(36),
    joined_at        BIGINT      NOT NULL,
    last_visit_at    BIGINT,                 -- "what changed since your last visit"
    PRIMARY KEY (space_id, person_id)
);
CREATE INDEX networks_members_person ON networks_members (person_id);

-- Invitations by mail (only the token's hash is stored) and requests to join, decided by a coordinator.
CREATE TABLE networks_invitations (
    id              VARCHAR(36)  PRIMARY KEY,
    space_id        VARCHAR(36)  NOT NULL REFERENCES networks_spaces (id),
    email           VARCHAR(254) NOT NULL,
    role            VARCHAR(12)  NOT NULL,
    guest_meeting_id VARCHAR(36),
    token_hash      VARCHAR(64)  NOT NULL UNIQUE,
    invited_by      VARCHAR(36),
    created_at      BIGINT       NOT NULL,
    expires_at      BIGINT       NOT NULL,
    accepted_at     BIGINT
);
CREATE INDEX networks_invitations_space ON networks_invitations (space_id);

CREATE TABLE networks_join_requests (
    id              VARCHAR(36) PRIMARY KEY,
    space_id        VARCHAR(36) NOT NULL REFERENCES networks_spaces (id),
    person_id       VARCHAR(36) NOT NULL,
    organisation_id VARCHAR(36),
    message         TEXT        NOT NULL,
    status          VARCHAR(10) NOT NULL,   -- pending | approved | declined
    decided_by      VARCHAR(36),
    decided_at      BIGINT,
    created_at      BIGINT      NOT NULL
);
CREATE INDEX networks_join_requests_space ON networks_join_requests (space_id, status);

-- What happened in a space, for "since your last visit". access: members | coordinators (what a guest or a plain
-- member may not see is never shown to them).
CREATE TABLE networks_activity (
    id         VARCHAR(36)  PRIMARY KEY,
    space_id   VARCHAR(36)  NOT NULL REFERENCES networks_spaces (id),
    kind       VARCHAR(30)  NOT NULL,
    subject_id VARCHAR(36)  NOT NULL,
    title      VARCHAR(300) NOT NULL,
    actor_id   VARCHAR(36),
    access     VARCHAR(12)  NOT NULL,
    created_at BIGINT       NOT NULL
);
CREATE INDEX networks_activity_space ON networks_activity (space_id, created_at);

-- ---- discussions
CREATE TABLE networks_threads (
    id           VARCHAR(36)  PRIMARY KEY,
    space_id     VARCHAR(36)  NOT NULL REFERENCES networks_spaces (id),
    title        VARCHAR(200) NOT NULL,
    author_id    VARCHAR(36),
    pinned       BOOLEAN      NOT NULL,   -- an announcement, pinned by a coordinator
    posts        INTEGER      NOT NULL,
    last_post_at BIGINT       NOT NULL,
    created_at   BIGINT       NOT NULL
);
CREATE INDEX networks_threads_space ON networks_threads (space_id, pinned, last_post_at);

CREATE TABLE networks_posts (
    id         VARCHAR(36) PRIMARY KEY,
    thread_id  VARCHAR(36) NOT NULL REFERENCES networks_threads (id),
    space_id   VARCHAR(36) NOT NULL,
    author_id  VARCHAR(36),
    body       TEXT        NOT NULL,   -- Markdown as typed; rendered sanitised
    created_at BIGINT      NOT NULL,
    edited_at  BIGINT,
    deleted_at BIGINT
);
CREATE INDEX networks_posts_thread ON networks_posts (thread_id, created_at);
CREATE INDEX networks_posts_space ON networks_posts (space_id, created_at);

CREATE TABLE networks_follows (
    thread_id VARCHAR(36) NOT NULL REFERENCES networks_threads (id),
    person_id VARCHAR(36) NOT NULL,
    PRIMARY KEY (thread_id, person_id)
);
CREATE INDEX networks_follows_person ON networks_follows (person_id);

-- How a person hears of new posts in a space: immediately | digest | never.
CREATE TABLE networks_notification_settings (
    space_id  VARCHAR(36) NOT NULL REFERENCES networks_spaces (id),
    person_id VARCHAR(36) NOT NULL,
    mode      VARCHAR(10) NOT NULL,
    digest_sent_until BIGINT,            -- the daily digest covers posts after this
    PRIMARY KEY (space_id, person_id)
);

CREATE TABLE networks_reports (
    id          VARCHAR(36) PRIMARY KEY,
    post_id     VARCHAR(36) NOT NULL REFERENCES networks_posts (id),
    space_id    VARCHAR(36) NOT NULL,
    reporter_id VARCHAR(36),
    reason      TEXT        NOT NULL,
    created_at  BIGINT      NOT NULL,
    handled_by  VARCHAR(36),
    handled_at  BIGINT
);
CREATE INDEX networks_reports_space ON networks_reports (space_id, handled_at);

-- ---- documents. access: members | coordinators | draft (only its uploader and coordinators).
CREATE TABLE networks_folders (
    id         VARCHAR(36)  PRIMARY KEY,
    space_id   VARCHAR(36)  NOT NULL REFERENCES networks_spaces (id),
    parent_id  VARCHAR(36),
    name       VARCHAR(120) NOT NULL,
    created_at BIGINT       NOT NULL
);
CREATE INDEX networks_folders_space ON networks_folders (space_id, parent_id);

CREATE TABLE networks_documents (
    id          VARCHAR(36)  PRIMARY KEY,
    space_id    VARCHAR(36)  NOT NULL REFERENCES networks_spaces (id),
    folder_id   VARCHAR(36),
    meeting_id  VARCHAR(36),             -- a meeting document
    title       VARCHAR(200) NOT NULL,
    access      VARCHAR(12)  NOT NULL,
    version     INTEGER      NOT NULL,   -- the current version
    created_by  VARCHAR(36),
    created_at  BIGINT       NOT NULL,
    updated_at  BIGINT       NOT NULL
);
CREATE INDEX networks_documents_space ON networks_documents (space_id, folder_id);
CREATE INDEX networks_documents_meeting ON networks_documents (meeting_id);

-- Every version stays: a new version never replaces the bytes of an old one.
CREATE TABLE networks_document_versions (
    document_id VARCHAR(36)  NOT NULL REFERENCES networks_documents (id),
    version     INTEGER      NOT NULL,
    upload_id   VARCHAR(36)  NOT NULL,   -- core's stored file
    file_name   VARCHAR(200) NOT NULL,   -- as shown; stored safely, never used as a path
    size_bytes  BIGINT       NOT NULL,
    note        VARCHAR(500) NOT NULL,
    uploaded_by VARCHAR(36),
    uploaded_at BIGINT       NOT NULL,
    PRIMARY KEY (document_id, version)
);

-- ---- meetings
CREATE TABLE networks_meetings (
    id              VARCHAR(36)  PRIMARY KEY,
    space_id        VARCHAR(36)  NOT NULL REFERENCES networks_spaces (id),
    title           VARCHAR(200) NOT NULL,
    starts_at       BIGINT       NOT NULL,
    ends_at         BIGINT       NOT NULL,
    place           VARCHAR(300) NOT NULL,
    online_url      VARCHAR(500) NOT NULL,
    agenda_deadline BIGINT,                -- members may propose items until then
    status          VARCHAR(10)  NOT NULL, -- planned | cancelled
    sequence        INTEGER      NOT NULL, -- iCalendar SEQUENCE, raised on every change of time or status
    created_at      BIGINT       NOT NULL
);
CREATE INDEX networks_meetings_space ON networks_meetings (space_id, starts_at);

CREATE TABLE networks_agenda_items (
    id          VARCHAR(36)  PRIMARY KEY,
    meeting_id  VARCHAR(36)  NOT NULL REFERENCES networks_meetings (id),
    space_id    VARCHAR(36)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    description TEXT         NOT NULL,
    proposed_by VARCHAR(36),
    status      VARCHAR(10)  NOT NULL,   -- proposed | accepted | declined
    position    INTEGER      NOT NULL,
    created_at  BIGINT       NOT NULL
);
CREATE INDEX networks_agenda_meeting ON networks_agenda_items (meeting_id, position);

-- answer: yes | no | maybe; attended is recorded afterwards.
CREATE TABLE networks_rsvps (
    meeting_id VARCHAR(36) NOT NULL REFERENCES networks_meetings (id),
    person_id  VARCHAR(36) NOT NULL,
    answer     VARCHAR(6)  NOT NULL,
    attended   BOOLEAN,
    updated_at BIGINT      NOT NULL,
    PRIMARY KEY (meeting_id, person_id)
);

-- Minutes: a draft members comment on, approved by the chair.
CREATE TABLE networks_minutes (
    meeting_id  VARCHAR(36) PRIMARY KEY REFERENCES networks_meetings (id),
    space_id    VARCHAR(36) NOT NULL,
    body        TEXT        NOT NULL,
    status      VARCHAR(10) NOT NULL,   -- draft | approved
    revision    INTEGER     NOT NULL,
    updated_by  VARCHAR(36),
    updated_at  BIGINT      NOT NULL,
    approved_by VARCHAR(36),
    approved_at BIGINT
);

CREATE TABLE networks_minute_comments (
    id         VARCHAR(36) PRIMARY KEY,
    meeting_id VARCHAR(36) NOT NULL REFERENCES networks_meetings (id),
    author_id  VARCHAR(36),
    body       TEXT        NOT NULL,
    created_at BIGINT      NOT NULL
);
CREATE INDEX networks_minute_comments_meeting ON networks_minute_comments (meeting_id, created_at);

-- Actions and decisions are the space's, carried across meetings; meeting_id is where they came from.
CREATE TABLE networks_actions (
    id         VARCHAR(36)  PRIMARY KEY,
    space_id   VARCHAR(36)  NOT NULL REFERENCES networks_spaces (id),
    meeting_id VARCHAR(36),
    title      VARCHAR(300) NOT NULL,
    owner_id   VARCHAR(36),
    due_on     VARCHAR(10),
    status     VARCHAR(10)  NOT NULL,   -- open | done | dropped
    created_at BIGINT       NOT NULL,
    updated_at BIGINT       NOT NULL
);
CREATE INDEX networks_actions_space ON networks_actions (space_id, status, due_on);

CREATE TABLE networks_decisions (
    id         VARCHAR(36) PRIMARY KEY,
    space_id   VARCHAR(36) NOT NULL REFERENCES networks_spaces (id),
    meeting_id VARCHAR(36),
    text       TEXT        NOT NULL,
    decided_on VARCHAR(10) NOT NULL,
    created_at BIGINT      NOT NULL
);
CREATE INDEX networks_decisions_space ON networks_decisions (space_id, decided_on);

-- A member's personal calendar feed of their spaces' meetings (only the token's hash).
CREATE TABLE networks_feed_tokens (
    person_id  VARCHAR(36) PRIMARY KEY,
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    created_at BIGINT      NOT NULL
);

-- ---- programme trajectories (Samen Ouder Worden-like programmes)
CREATE TABLE networks_trajectories (
    id                   VARCHAR(36)  PRIMARY KEY,
    space_id             VARCHAR(36)  NOT NULL REFERENCES networks_spaces (id),
    municipality         VARCHAR(80)  NOT NULL,
    province             VARCHAR(20)  NOT NULL,
    lead_organisation_id VARCHAR(36),
    officer_id           VARCHAR(36),   -- the programme officer, who edits this trajectory
    theme                VARCHAR(200) NOT NULL,
    partners             TEXT         NOT NULL,
    status               VARCHAR(12)  NOT NULL,   -- starting | running | finished | stopped
    created_at           BIGINT       NOT NULL,
    updated_at           BIGINT       NOT NULL
);
CREATE INDEX networks_trajectories_space ON networks_trajectories (space_id, province);

CREATE TABLE networks_monitoring_notes (
    id            VARCHAR(36) PRIMARY KEY,
    trajectory_id VARCHAR(36) NOT NULL REFERENCES networks_trajectories (id),
    space_id      VARCHAR(36) NOT NULL,
    author_id     VARCHAR(36),
    body          TEXT        NOT NULL,
    created_at    BIGINT      NOT NULL
);
CREATE INDEX networks_monitoring_trajectory ON networks_monitoring_notes (trajectory_id, created_at);
