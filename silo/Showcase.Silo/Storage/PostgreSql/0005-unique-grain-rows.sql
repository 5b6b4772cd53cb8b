-- One row per grain. The stock table (0002) has no unique key, so two first writes of the same grain racing each
-- other (two activations during a membership change, or a retried call) can both insert; the grain then has two
-- rows and can never be read again.
--
-- 1. Rows already duplicated keep the newest version (then the latest change) and lose the others.
-- 2. A unique index over the whole identity; NULLS NOT DISTINCT (PostgreSQL 15) makes a NULL key extension
--    one value, as the queries treat it.
-- 3. The first-write insert yields to the index (ON CONFLICT DO NOTHING): the loser inserts nothing, answers with
--    the version it sent, and the provider reports the conflict instead of storing a second row.
DELETE FROM OrleansStorage s
USING (
    SELECT ctid, row_number() OVER (
        PARTITION BY GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId
        ORDER BY Version DESC NULLS LAST, ModifiedOn DESC) AS Rank
    FROM OrleansStorage) ranked
WHERE s.ctid = ranked.ctid AND ranked.Rank > 1;

CREATE UNIQUE INDEX UX_OrleansStorage_Grain ON OrleansStorage
    (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId)
    NULLS NOT DISTINCT;

CREATE OR REPLACE FUNCTION WriteToStorage(
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
        VALUES (_GrainIdHash, _GrainIdN0, _GrainIdN1, _GrainTypeHash, _GrainTypeString, _GrainIdExtensionString, _ServiceId,
                _PayloadBinary, (now() AT TIME ZONE 'utc'), 1)
        ON CONFLICT DO NOTHING;
        GET DIAGNOSTICS _Rows = ROW_COUNT;
        IF _Rows > 0 THEN
            _NewVersion := 1;
        END IF;
    END IF;

    RETURN QUERY SELECT _NewVersion;
END
$function$;
