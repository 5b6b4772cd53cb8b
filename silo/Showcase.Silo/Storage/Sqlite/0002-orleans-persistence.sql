-- Grain state for the Orleans ADO.NET persistence provider on SQLite.
--
-- The provider identifies a grain by hashes of its id and type (for a narrow index) plus the clear values
-- (to tell hash collisions apart); it reads and writes through the three queries registered below, passing
-- @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString, @ServiceId,
-- @GrainStateVersion and @PayloadBinary, and reading back the columns PayloadBinary, Version and NewGrainStateVersion.
--
-- Versions are optimistic concurrency: a write names the version it read (NULL for a grain never stored) and
-- succeeds only if storage still holds that version. A write that loses answers with the version it sent,
-- which the provider reports as an InconsistentStateException.
CREATE TABLE OrleansStorage
(
    GrainIdHash            INTEGER NOT NULL,
    GrainIdN0              INTEGER NOT NULL,
    GrainIdN1              INTEGER NOT NULL,
    GrainTypeHash          INTEGER NOT NULL,
    GrainTypeString        TEXT    NOT NULL,
    GrainIdExtensionString TEXT    NULL,
    ServiceId              TEXT    NOT NULL,
    PayloadBinary          BLOB    NULL,
    ModifiedOn             TEXT    NOT NULL,
    Version                INTEGER NULL
);

-- One row per grain: SQLite treats NULLs as distinct in a unique index, so the key extension is folded to ''.
CREATE UNIQUE INDEX UX_OrleansStorage_Grain ON OrleansStorage
(
    GrainIdHash, GrainTypeHash, GrainIdN0, GrainIdN1, GrainTypeString, IFNULL(GrainIdExtensionString, ''), ServiceId
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadFromStorageKey', '
    SELECT PayloadBinary, Version
    FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS @GrainIdExtensionString
      AND ServiceId = @ServiceId
    LIMIT 1;
');

-- changes() is the row count of the last INSERT/UPDATE/DELETE, and a SELECT leaves it alone, so each outcome
-- is reported right after the statement that decides it. Exactly one row comes back in every case but one:
-- a first write that finds the grain already stored returns nothing, which the provider also treats as a conflict.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('WriteToStorageKey', '
    UPDATE OrleansStorage
    SET PayloadBinary = @PayloadBinary, ModifiedOn = strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now''), Version = Version + 1
    WHERE @GrainStateVersion IS NOT NULL
      AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS @GrainIdExtensionString
      AND ServiceId = @ServiceId
      AND Version = @GrainStateVersion;
    SELECT CASE WHEN changes() > 0 THEN @GrainStateVersion + 1 ELSE @GrainStateVersion END AS NewGrainStateVersion
    WHERE @GrainStateVersion IS NOT NULL;

    INSERT INTO OrleansStorage
        (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
    SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString, @ServiceId, @PayloadBinary,
           strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now''), 1
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT DO NOTHING;
    SELECT 1 AS NewGrainStateVersion
    WHERE @GrainStateVersion IS NULL AND changes() > 0;
');

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ClearStorageKey', '
    UPDATE OrleansStorage
    SET PayloadBinary = NULL, ModifiedOn = strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now''), Version = Version + 1
    WHERE @GrainStateVersion IS NOT NULL
      AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS @GrainIdExtensionString
      AND ServiceId = @ServiceId
      AND Version = @GrainStateVersion;
    SELECT CASE WHEN changes() > 0 THEN @GrainStateVersion + 1 ELSE @GrainStateVersion END AS NewGrainStateVersion
    WHERE @GrainStateVersion IS NOT NULL;
');
