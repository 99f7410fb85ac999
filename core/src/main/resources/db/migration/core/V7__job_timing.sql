-- When a job's last attempt ended (done or failed): administrators see how long it took, finished_at - claimed_at.
-- NULL for jobs that never ran, and for jobs that ended before this column existed.
ALTER TABLE plein_jobs ADD COLUMN finished_at BIGINT;

-- /admin/jobs lists jobs newest first, optionally of one status or kind. Finished jobs are never pruned, so at
-- national scale the table holds hundreds of thousands of rows: without these a page would sort all of them.
CREATE INDEX plein_jobs_newest ON plein_jobs (created_at, id);
CREATE INDEX plein_jobs_status_newest ON plein_jobs (status, created_at, id);
CREATE INDEX plein_jobs_kind_newest ON plein_jobs (kind, created_at, id);
