-- The Orleans ADO.NET providers (persistence, clustering, reminders) read the SQL they run from this table,
-- keyed by purpose; the scripts after this one fill it. Needs PostgreSQL 15 or newer (0005 uses NULLS NOT DISTINCT).
CREATE TABLE OrleansQuery
(
    QueryKey  varchar(64)   NOT NULL,
    QueryText varchar(8000) NOT NULL,
    CONSTRAINT OrleansQuery_Key PRIMARY KEY (QueryKey)
);
