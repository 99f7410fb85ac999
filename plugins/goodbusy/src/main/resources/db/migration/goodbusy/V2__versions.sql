-- A counter per kind of item that matching holds in memory, raised in the same transaction as every write that
-- changes what matching reads: "offers" by every insert or update of goodbusy_offers, "requests" by those of
-- goodbusy_requests and of goodbusy_organisations (the supervision capacity). A suggestions page reads one row to know
-- whether the facts it holds are current, instead of reading every open item again; with several instances each one
-- sees the others' writes on its next page.
CREATE TABLE goodbusy_versions (
    name    VARCHAR(20) PRIMARY KEY,
    version BIGINT      NOT NULL
);
INSERT INTO goodbusy_versions (name, version) VALUES ('offers', 0);
INSERT INTO goodbusy_versions (name, version) VALUES ('requests', 0);
