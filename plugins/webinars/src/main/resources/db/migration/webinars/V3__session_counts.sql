-- How many hold a seat and how many wait, kept on the session: the programme pages show both for every session of a
-- week, and counting them in webinars_registrations on every view read tens of thousands of index entries for a busy
-- week. Registrations keeps them in step in the same transaction as the change, after locking the session's row
-- (every change to a session's registrations already starts there), so they cannot drift under concurrent writes.
ALTER TABLE webinars_sessions ADD COLUMN registered_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE webinars_sessions ADD COLUMN waiting_count INTEGER NOT NULL DEFAULT 0;
UPDATE webinars_sessions
   SET registered_count = (SELECT COUNT(*) FROM webinars_registrations r
                            WHERE r.session_id = webinars_sessions.id AND r.status = 'registered'),
       waiting_count = (SELECT COUNT(*) FROM webinars_registrations r
                         WHERE r.session_id = webinars_sessions.id AND r.status = 'waiting');
