-- Good examples shared publicly, with consent: a log entry its organisation's contact chose to publish for everyone
-- (a public example is always shared with the group too). The contact confirmed consent of the people and the
-- organisation mentioned when choosing it; who and when are the entry's author_id and created_at.
ALTER TABLE expeditions_log_entries ADD COLUMN public_example BOOLEAN NOT NULL DEFAULT FALSE;

-- The public page lists them newest first: /expeditions/examples.
CREATE INDEX expeditions_log_public ON expeditions_log_entries (public_example, created_at, id);
