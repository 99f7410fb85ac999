-- Plugins an administrator switched off (or on again) while Plein runs; remembered across restarts.
CREATE TABLE plein_plugin_switches (
    plugin_id  VARCHAR(40) PRIMARY KEY,
    enabled    BOOLEAN     NOT NULL,
    changed_at BIGINT      NOT NULL,
    changed_by VARCHAR(36)
);
