-- Finished collection exports waiting to be downloaded (see PostgreSqlExportFiles): any host of the cluster serves them,
-- for an hour after they were saved; saving one deletes those that have expired.
CREATE TABLE IF NOT EXISTS ShowcaseExportFiles (
    Tenant varchar(100) NOT NULL,
    Id varchar(200) NOT NULL,
    Content bytea NOT NULL,
    SavedAt timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (Tenant, Id));

CREATE INDEX IF NOT EXISTS ShowcaseExportFilesSavedAt ON ShowcaseExportFiles (SavedAt);
