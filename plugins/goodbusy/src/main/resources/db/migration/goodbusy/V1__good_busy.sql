-- Good Busy: employee volunteering. Portable SQL (SQLite and PostgreSQL): ids from the application, instants as
-- epoch millis (BIGINT), calendar dates as ISO text (YYYY-MM-DD, so they compare as text), booleans as BOOLEAN.
-- Lists of codes from the fixed vocabulary (skills, causes, forms, provinces) are stored as comma-separated text
-- ("coaching,finance"): they are read whole for scoring and never searched inside by SQL.
-- Companies and social organisations are core organisations (plein_organisations); these tables add what Good
-- Busy needs to know about them.

CREATE TABLE goodbusy_companies (
    organisation_id VARCHAR(36)  PRIMARY KEY,
    sector          VARCHAR(40)  NOT NULL,
    size_band       VARCHAR(20)  NOT NULL,   -- 1-9 | 10-49 | 50-249 | 250-999 | 1000+
    provinces       VARCHAR(400) NOT NULL,   -- where its staff can go
    causes          VARCHAR(400) NOT NULL,
    skills          VARCHAR(600) NOT NULL,
    forms           VARCHAR(200) NOT NULL,
    hours_budget    INTEGER      NOT NULL,   -- a year, all employees together
    description     TEXT         NOT NULL,
    updated_at      BIGINT       NOT NULL
);

CREATE TABLE goodbusy_organisations (
    organisation_id      VARCHAR(36)  PRIMARY KEY,
    mission              TEXT         NOT NULL,
    target_groups        VARCHAR(400) NOT NULL,
    province             VARCHAR(20)  NOT NULL,
    municipality         VARCHAR(80)  NOT NULL,
    supervision_capacity INTEGER      NOT NULL,   -- volunteers it can guide at once
    updated_at           BIGINT       NOT NULL
);

-- A hulpvraag. date_kind: one-day (ends_on = starts_on) | period | recurring (recurrence says how often).
-- remote: done from anywhere; otherwise at municipality/province.
CREATE TABLE goodbusy_requests (
    id              VARCHAR(36)  PRIMARY KEY,
    organisation_id VARCHAR(36)  NOT NULL,
    title           VARCHAR(160) NOT NULL,
    description     TEXT         NOT NULL,
    form            VARCHAR(20)  NOT NULL,
    cause           VARCHAR(30)  NOT NULL,
    skills          VARCHAR(600) NOT NULL,
    min_group       INTEGER      NOT NULL,
    max_group       INTEGER      NOT NULL,
    date_kind       VARCHAR(10)  NOT NULL,
    starts_on       VARCHAR(10)  NOT NULL,
    ends_on         VARCHAR(10)  NOT NULL,
    recurrence      VARCHAR(200) NOT NULL,
    remote          BOOLEAN      NOT NULL,
    municipality    VARCHAR(80)  NOT NULL,
    province        VARCHAR(20)  NOT NULL,
    vog_required    BOOLEAN      NOT NULL,
    accessibility   TEXT         NOT NULL,
    status          VARCHAR(10)  NOT NULL,   -- open | paused | closed
    created_by      VARCHAR(36),
    created_at      BIGINT       NOT NULL,
    updated_at      BIGINT       NOT NULL
);
-- The matching pre-filter: open requests whose dates reach a given day.
CREATE INDEX goodbusy_requests_open ON goodbusy_requests (status, ends_on);
CREATE INDEX goodbusy_requests_organisation ON goodbusy_requests (organisation_id);

-- An offer of a company: a team for a day, a mentor for six months, pro-bono advice.
-- group_size: how many employees take part. available_from/until: when they can.
CREATE TABLE goodbusy_offers (
    id              VARCHAR(36)  PRIMARY KEY,
    company_id      VARCHAR(36)  NOT NULL,
    title           VARCHAR(160) NOT NULL,
    description     TEXT         NOT NULL,
    form            VARCHAR(20)  NOT NULL,
    causes          VARCHAR(400) NOT NULL,
    skills          VARCHAR(600) NOT NULL,
    group_size      INTEGER      NOT NULL,
    available_from  VARCHAR(10)  NOT NULL,
    available_until VARCHAR(10)  NOT NULL,
    remote_ok       BOOLEAN      NOT NULL,
    on_site_ok      BOOLEAN      NOT NULL,
    provinces       VARCHAR(400) NOT NULL,   -- where on-site work can be
    vog_willing     BOOLEAN      NOT NULL,   -- employees will get a VOG when a request needs one
    status          VARCHAR(10)  NOT NULL,   -- open | paused | closed
    created_by      VARCHAR(36),
    created_at      BIGINT       NOT NULL,
    updated_at      BIGINT       NOT NULL
);
CREATE INDEX goodbusy_offers_open ON goodbusy_offers (status, available_until);
CREATE INDEX goodbusy_offers_company ON goodbusy_offers (company_id);

-- A match between one request and one offer, from the first proposal to done.
-- status: proposed | accepted | declined | expired | withdrawn | agreed | done
-- proposed_by: organisation | company (the side that proposed; the other side answers).
CREATE TABLE goodbusy_matches (
    id              VARCHAR(36)  PRIMARY KEY,
    request_id      VARCHAR(36)  NOT NULL REFERENCES goodbusy_requests (id),
    offer_id        VARCHAR(36)  NOT NULL REFERENCES goodbusy_offers (id),
    organisation_id VARCHAR(36)  NOT NULL,
    company_id      VARCHAR(36)  NOT NULL,
    proposed_by     VARCHAR(12)  NOT NULL,
    proposer_id     VARCHAR(36),
    proposal        TEXT         NOT NULL,
    score           INTEGER      NOT NULL,   -- at the time of the proposal
    status          VARCHAR(10)  NOT NULL,
    answer_reason   TEXT         NOT NULL,
    answered_by     VARCHAR(36),
    answered_at     BIGINT,
    nudges          INTEGER      NOT NULL,   -- reminders sent to the side that has to act
    created_at      BIGINT       NOT NULL,
    updated_at      BIGINT       NOT NULL,
    UNIQUE (request_id, offer_id)
);
CREATE INDEX goodbusy_matches_organisation ON goodbusy_matches (organisation_id, status);
CREATE INDEX goodbusy_matches_company ON goodbusy_matches (company_id, status);
CREATE INDEX goodbusy_matches_status ON goodbusy_matches (status, updated_at);
CREATE INDEX goodbusy_matches_offer ON goodbusy_matches (offer_id);

-- The exploratory conversation of a match.
CREATE TABLE goodbusy_messages (
    id         VARCHAR(36) PRIMARY KEY,
    match_id   VARCHAR(36) NOT NULL REFERENCES goodbusy_matches (id),
    side       VARCHAR(12) NOT NULL,
    author_id  VARCHAR(36),
    body       TEXT        NOT NULL,
    created_at BIGINT      NOT NULL
);
CREATE INDEX goodbusy_messages_match ON goodbusy_messages (match_id, created_at);

-- The written agreement (afspraak). Any change clears both confirmations: both sides confirm the same text.
CREATE TABLE goodbusy_agreements (
    match_id                VARCHAR(36) PRIMARY KEY REFERENCES goodbusy_matches (id),
    what                    TEXT        NOT NULL,
    starts_on               VARCHAR(10) NOT NULL,
    ends_on                 VARCHAR(10) NOT NULL,
    organisation_contact_id VARCHAR(36),
    company_contact_id      VARCHAR(36),
    vog_arranged            BOOLEAN     NOT NULL,
    briefing                TEXT        NOT NULL,
    revision                INTEGER     NOT NULL,
    organisation_confirmed_by VARCHAR(36),
    organisation_confirmed_at BIGINT,
    company_confirmed_by    VARCHAR(36),
    company_confirmed_at    BIGINT,
    updated_at              BIGINT      NOT NULL
);

-- Shifts of an agreed match that employees sign up for.
CREATE TABLE goodbusy_shifts (
    id         VARCHAR(36)  PRIMARY KEY,
    match_id   VARCHAR(36)  NOT NULL REFERENCES goodbusy_matches (id),
    label      VARCHAR(120) NOT NULL,
    starts_at  BIGINT       NOT NULL,
    ends_at    BIGINT       NOT NULL,
    places     INTEGER      NOT NULL,
    signed_up  INTEGER      NOT NULL,   -- kept with the sign-ups in one transaction: the lock against overbooking
    created_at BIGINT       NOT NULL
);
CREATE INDEX goodbusy_shifts_match ON goodbusy_shifts (match_id, starts_at);

CREATE TABLE goodbusy_signups (
    shift_id   VARCHAR(36) NOT NULL REFERENCES goodbusy_shifts (id),
    person_id  VARCHAR(36) NOT NULL,
    created_at BIGINT      NOT NULL,
    PRIMARY KEY (shift_id, person_id)
);
CREATE INDEX goodbusy_signups_person ON goodbusy_signups (person_id);

-- Hours an employee worked, approved (or declined) by the social organisation. person_id is null once erased;
-- approved hours stay, anonymous, so a company's impact figures do not change.
-- status: pending | approved | declined
CREATE TABLE goodbusy_hours (
    id              VARCHAR(36) PRIMARY KEY,
    match_id        VARCHAR(36) NOT NULL REFERENCES goodbusy_matches (id),
    shift_id        VARCHAR(36),
    person_id       VARCHAR(36),
    company_id      VARCHAR(36) NOT NULL,
    organisation_id VARCHAR(36) NOT NULL,
    worked_on       VARCHAR(10) NOT NULL,
    minutes         INTEGER     NOT NULL,
    note            TEXT        NOT NULL,
    status          VARCHAR(10) NOT NULL,
    decision_reason TEXT        NOT NULL,
    decided_by      VARCHAR(36),
    decided_at      BIGINT,
    created_at      BIGINT      NOT NULL
);
CREATE INDEX goodbusy_hours_match ON goodbusy_hours (match_id, status);
CREATE INDEX goodbusy_hours_company ON goodbusy_hours (company_id, status, worked_on);
CREATE INDEX goodbusy_hours_organisation ON goodbusy_hours (organisation_id, status);
CREATE INDEX goodbusy_hours_person ON goodbusy_hours (person_id);

-- Both sides evaluate and thank, once each.
CREATE TABLE goodbusy_evaluations (
    match_id   VARCHAR(36) NOT NULL REFERENCES goodbusy_matches (id),
    side       VARCHAR(12) NOT NULL,
    rating     INTEGER     NOT NULL,   -- 1..5
    went_well  TEXT        NOT NULL,
    to_improve TEXT        NOT NULL,
    thanks     TEXT        NOT NULL,
    author_id  VARCHAR(36),
    created_at BIGINT      NOT NULL,
    PRIMARY KEY (match_id, side)
);

-- Good matches already announced in a digest, so each pair is announced once.
CREATE TABLE goodbusy_announced (
    request_id   VARCHAR(36) NOT NULL,
    offer_id     VARCHAR(36) NOT NULL,
    announced_at BIGINT      NOT NULL,
    PRIMARY KEY (request_id, offer_id)
);
