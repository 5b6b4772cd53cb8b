-- The Orleans ADO.NET providers read the SQL they run from this table, keyed by purpose.
CREATE TABLE OrleansQuery
(
    QueryKey  TEXT NOT NULL PRIMARY KEY,
    QueryText TEXT NOT NULL
);
