-- The search change log of a cluster whose hosts each keep their own Lucene replica (see SearchChangeLog).
--
-- ShowcaseSearchLogHeads: the last sequence number given out in each portal's log. Appending takes this row's lock
--   until the entries commit, so numbers are given out without gaps and become visible in order.
-- ShowcaseSearchLog: the entries — which item changed, to which version, and whether the public may see it.
-- ShowcaseSearchReplicas: how far each host's replica has applied each portal's log, reported every few seconds;
--   compaction deletes only entries every recently reporting replica has passed.
-- ShowcaseSearchRebuilds: the rebuild generation; raising it makes every replica rebuild itself from the grains.
CREATE TABLE IF NOT EXISTS ShowcaseSearchLogHeads (
    Tenant varchar(100) NOT NULL PRIMARY KEY,
    Head bigint NOT NULL);

CREATE TABLE IF NOT EXISTS ShowcaseSearchLog (
    Tenant varchar(100) NOT NULL,
    Seq bigint NOT NULL,
    Kind varchar(40) NOT NULL,
    Id varchar(200) NOT NULL,
    Version bigint NOT NULL,
    IsPublic boolean NOT NULL,
    LoggedAt timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (Tenant, Seq));

CREATE TABLE IF NOT EXISTS ShowcaseSearchReplicas (
    Replica varchar(300) NOT NULL,
    Tenant varchar(100) NOT NULL,
    Position bigint NOT NULL,
    ReportedAt timestamptz NOT NULL,
    PRIMARY KEY (Replica, Tenant));

CREATE TABLE IF NOT EXISTS ShowcaseSearchRebuilds (
    Id int NOT NULL PRIMARY KEY CHECK (Id = 1),
    Generation bigint NOT NULL,
    RequestedAt timestamptz NOT NULL);
