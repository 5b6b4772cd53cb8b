-- Grain state for the Orleans ADO.NET persistence provider (Orleans 10 stores one binary payload: our JSON).
--
-- A grain is identified by hashes of its id and type (for a narrow index) plus the clear values (to tell hash
-- collisions apart). Versions are optimistic concurrency: a write names the version it read (NULL for a grain
-- never stored) and succeeds only if storage still holds it; a write that loses answers with the version it sent,
-- which the provider reports as an InconsistentStateException.
--
-- This table has no unique key: two first writes of one grain racing each other can both pass the NOT EXISTS
-- check and insert two rows, after which the grain can never be read again. 0005 closes that hole.
CREATE TABLE OrleansStorage
(
    GrainIdHash            integer                     NOT NULL,
    GrainIdN0              bigint                      NOT NULL,
    GrainIdN1              bigint                      NOT NULL,
    GrainTypeHash          integer                     NOT NULL,
    GrainTypeString        varchar(512)                NOT NULL,
    GrainIdExtensionString varchar(512)                NULL,
    ServiceId              varchar(150)                NOT NULL,
    PayloadBinary          bytea                       NULL,
    ModifiedOn             timestamp without time zone NOT NULL,
    Version                integer                     NULL
);

CREATE INDEX IX_OrleansStorage ON OrleansStorage USING btree (GrainIdHash, GrainTypeHash);

CREATE FUNCTION WriteToStorage(
    _GrainIdHash integer, _GrainIdN0 bigint, _GrainIdN1 bigint, _GrainTypeHash integer, _GrainTypeString varchar,
    _GrainIdExtensionString varchar, _ServiceId varchar, _GrainStateVersion integer,
    _PayloadBinary bytea)
    RETURNS TABLE (NewGrainStateVersion integer)
    LANGUAGE plpgsql
AS $function$
DECLARE
    _NewVersion integer := _GrainStateVersion;
    _Rows integer := 0;
BEGIN
    IF _GrainStateVersion IS NOT NULL THEN
        UPDATE OrleansStorage
        SET PayloadBinary = _PayloadBinary, ModifiedOn = (now() AT TIME ZONE 'utc'), Version = Version + 1
        WHERE GrainIdHash = _GrainIdHash AND GrainTypeHash = _GrainTypeHash
          AND GrainIdN0 = _GrainIdN0 AND GrainIdN1 = _GrainIdN1
          AND GrainTypeString = _GrainTypeString
          AND GrainIdExtensionString IS NOT DISTINCT FROM _GrainIdExtensionString
          AND ServiceId = _ServiceId
          AND Version = _GrainStateVersion;
        GET DIAGNOSTICS _Rows = ROW_COUNT;
        IF _Rows > 0 THEN
            _NewVersion := _GrainStateVersion + 1;
        END IF;
    ELSE
        INSERT INTO OrleansStorage
            (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId,
             PayloadBinary, ModifiedOn, Version)
        SELECT _GrainIdHash, _GrainIdN0, _GrainIdN1, _GrainTypeHash, _GrainTypeString, _GrainIdExtensionString, _ServiceId,
               _PayloadBinary, (now() AT TIME ZONE 'utc'), 1
        WHERE NOT EXISTS (
            SELECT 1 FROM OrleansStorage
            WHERE GrainIdHash = _GrainIdHash AND GrainTypeHash = _GrainTypeHash
              AND GrainIdN0 = _GrainIdN0 AND GrainIdN1 = _GrainIdN1
              AND GrainTypeString = _GrainTypeString
              AND GrainIdExtensionString IS NOT DISTINCT FROM _GrainIdExtensionString
              AND ServiceId = _ServiceId);
        GET DIAGNOSTICS _Rows = ROW_COUNT;
        IF _Rows > 0 THEN
            _NewVersion := 1;
        END IF;
    END IF;

    RETURN QUERY SELECT _NewVersion;
END
$function$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('WriteToStorageKey', '
    SELECT * FROM WriteToStorage(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
        @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary);
');

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadFromStorageKey', '
    SELECT PayloadBinary, Version
    FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
      AND ServiceId = @ServiceId;
');

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ClearStorageKey', '
    UPDATE OrleansStorage
    SET PayloadBinary = NULL, ModifiedOn = (now() AT TIME ZONE ''utc''), Version = Version + 1
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
      AND ServiceId = @ServiceId
      AND Version = @GrainStateVersion
    RETURNING Version AS NewGrainStateVersion;
');
