-- Kennisboostweken. Portable SQL (SQLite and PostgreSQL): ids from the application, instants as epoch millis
-- (BIGINT), calendar dates as ISO text, booleans as BOOLEAN.

CREATE TABLE webinars_weeks (
    id          VARCHAR(36)  PRIMARY KEY,
    theme       VARCHAR(200) NOT NULL,
    description TEXT         NOT NULL,
    starts_on   VARCHAR(10)  NOT NULL,
    ends_on     VARCHAR(10)  NOT NULL,
    published   BOOLEAN      NOT NULL,
    created_by  VARCHAR(36),
    created_at  BIGINT       NOT NULL
);
CREATE INDEX webinars_weeks_starts ON webinars_weeks (starts_on);

CREATE TABLE webinars_speakers (
    id              VARCHAR(36)  PRIMARY KEY,
    name            VARCHAR(120) NOT NULL,
    organisation    VARCHAR(160) NOT NULL,
    bio             TEXT         NOT NULL,
    kind            VARCHAR(20)  NOT NULL,   -- expert | lived-experience
    photo_upload_id VARCHAR(36),
    created_at      BIGINT       NOT NULL
);

-- arrivals counts every registration attempt. Registering starts with "arrivals = arrivals + 1" on the session
-- row: that one statement is both the arrival number (waiting-list order) and the lock that serialises
-- registrations for one session, on SQLite (the write lock) and on PostgreSQL (the row lock) alike.
-- sequence is the iCalendar SEQUENCE: raised whenever the time or the status changes.
CREATE TABLE webinars_sessions (
    id                 VARCHAR(36)  PRIMARY KEY,
    week_id            VARCHAR(36)  NOT NULL REFERENCES webinars_weeks (id),
    title              VARCHAR(200) NOT NULL,
    summary            TEXT         NOT NULL,
    starts_at          BIGINT       NOT NULL,
    ends_at            BIGINT       NOT NULL,
    join_url           VARCHAR(500) NOT NULL,
    capacity           INTEGER      NOT NULL,
    language           VARCHAR(5)   NOT NULL,
    captions           BOOLEAN      NOT NULL,
    sign_language      BOOLEAN      NOT NULL,
    transcript         BOOLEAN      NOT NULL,
    accessibility_note TEXT         NOT NULL,
    status             VARCHAR(12)  NOT NULL,  -- planned | live | recorded | cancelled
    host_person_id     VARCHAR(36),
    arrivals           BIGINT       NOT NULL,
    sequence           INTEGER      NOT NULL,
    recording_url      VARCHAR(500),
    slides_upload_id   VARCHAR(36),
    published_at       BIGINT,                 -- in the watch-back library since
    created_at         BIGINT       NOT NULL,
    updated_at         BIGINT       NOT NULL
);
CREATE INDEX webinars_sessions_week ON webinars_sessions (week_id, starts_at);
CREATE INDEX webinars_sessions_starts ON webinars_sessions (starts_at);
CREATE INDEX webinars_sessions_library ON webinars_sessions (published_at);

CREATE TABLE webinars_session_topics (
    session_id VARCHAR(36) NOT NULL REFERENCES webinars_sessions (id) ON DELETE CASCADE,
    topic      VARCHAR(60) NOT NULL,
    PRIMARY KEY (session_id, topic)
);
CREATE INDEX webinars_session_topics_topic ON webinars_session_topics (topic);

CREATE TABLE webinars_session_speakers (
    session_id VARCHAR(36) NOT NULL REFERENCES webinars_sessions (id) ON DELETE CASCADE,
    speaker_id VARCHAR(36) NOT NULL REFERENCES webinars_speakers (id),
    position   INTEGER     NOT NULL,
    PRIMARY KEY (session_id, speaker_id)
);
CREATE INDEX webinars_session_speakers_speaker ON webinars_session_speakers (speaker_id);

-- One row per person and session, also after cancelling (registering again reuses it). arrival orders the
-- waiting list; attended is null until the host marks it (true = attended, false = no-show).
CREATE TABLE webinars_registrations (
    id           VARCHAR(36) PRIMARY KEY,
    session_id   VARCHAR(36) NOT NULL REFERENCES webinars_sessions (id),
    person_id    VARCHAR(36) NOT NULL,
    status       VARCHAR(12) NOT NULL,   -- registered | waiting | cancelled
    arrival      BIGINT      NOT NULL,
    attended     BOOLEAN,
    created_at   BIGINT      NOT NULL,
    updated_at   BIGINT      NOT NULL,
    UNIQUE (session_id, person_id)
);
CREATE INDEX webinars_registrations_queue ON webinars_registrations (session_id, status, arrival);
CREATE INDEX webinars_registrations_person ON webinars_registrations (person_id, status);

CREATE TABLE webinars_evaluations (
    session_id VARCHAR(36) NOT NULL REFERENCES webinars_sessions (id),
    person_id  VARCHAR(36) NOT NULL,
    score      INTEGER     NOT NULL,
    comment    TEXT        NOT NULL,
    created_at BIGINT      NOT NULL,
    PRIMARY KEY (session_id, person_id)
);

-- The personal calendar feed: only the hash of the secret token is kept.
CREATE TABLE webinars_feeds (
    person_id  VARCHAR(36) PRIMARY KEY,
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    created_at BIGINT      NOT NULL
);
