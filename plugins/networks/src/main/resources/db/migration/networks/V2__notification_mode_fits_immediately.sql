-- The mode 'immediately' has 11 characters and V1 gave the column 10. SQLite never enforces a VARCHAR's length;
-- PostgreSQL refuses the value, so nobody could choose (or be given) a mail per post there. SQLite cannot change a
-- column's type (no ALTER COLUMN), so the table is built again, with the same statements on both engines.
CREATE TABLE networks_notification_settings_v2 (
    space_id  VARCHAR(36) NOT NULL REFERENCES networks_spaces (id),
    person_id VARCHAR(36) NOT NULL,
    mode      VARCHAR(12) NOT NULL,   -- immediately | digest | never
    digest_sent_until BIGINT,         -- the daily digest covers posts after this
    CONSTRAINT networks_notification_settings_key PRIMARY KEY (space_id, person_id)
);

INSERT INTO networks_notification_settings_v2 (space_id, person_id, mode, digest_sent_until)
SELECT space_id, person_id, mode, digest_sent_until FROM networks_notification_settings;

DROP TABLE networks_notification_settings;

ALTER TABLE networks_notification_settings_v2 RENAME TO networks_notification_settings;
