-- One row per host, rewritten by every readiness check: proves the database takes writes, not only reads.
CREATE TABLE IF NOT EXISTS ShowcaseHealth (Host TEXT NOT NULL PRIMARY KEY, CheckedAt TEXT NOT NULL);
