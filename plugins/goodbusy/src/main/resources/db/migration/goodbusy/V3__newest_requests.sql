-- The home page's "newest open requests" walks this index newest first and stops after a few rows, instead of
-- sorting every open request still ahead (8,800 at national scale) on every view of the home page.
CREATE INDEX goodbusy_requests_newest ON goodbusy_requests (status, created_at);
