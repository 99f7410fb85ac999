-- revision counts the changes of one registration's status (a seat, the waiting list, cancelled, registered again):
-- it only goes up. The iCalendar SEQUENCE of a person's event is the session's sequence plus this revision, so a
-- person's own change (cancelling, a seat from the waiting list) replaces the event calendar apps already hold.
ALTER TABLE webinars_registrations ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
