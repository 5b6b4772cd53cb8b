-- Cluster membership for the Orleans ADO.NET clustering provider (the extended membership protocol).
--
-- One version row per deployment; every change to membership bumps it in the same statement, so two silos that
-- read the same version cannot both change the table. A function returns 1 when it applied its change and 0 when
-- the version it was given is stale (the provider then re-reads and tries again).
CREATE TABLE OrleansMembershipVersionTable
(
    DeploymentId varchar(150)   NOT NULL,
    Timestamp    timestamptz(3) NOT NULL DEFAULT now(),
    Version      integer        NOT NULL DEFAULT 0,
    CONSTRAINT PK_OrleansMembershipVersionTable_DeploymentId PRIMARY KEY (DeploymentId)
);

-- A row per silo incarnation (address, port and generation, i.e. start time).
CREATE TABLE OrleansMembershipTable
(
    DeploymentId varchar(150)   NOT NULL,
    Address      varchar(45)    NOT NULL,
    Port         integer        NOT NULL,
    Generation   integer        NOT NULL,
    SiloName     varchar(150)   NOT NULL,
    HostName     varchar(150)   NOT NULL,
    Status       integer        NOT NULL,
    ProxyPort    integer        NULL,
    SuspectTimes varchar(8000)  NULL,
    StartTime    timestamptz(3) NOT NULL,
    IAmAliveTime timestamptz(3) NOT NULL,
    CONSTRAINT PK_MembershipTable_DeploymentId PRIMARY KEY (DeploymentId, Address, Port, Generation),
    CONSTRAINT FK_MembershipTable_MembershipVersionTable_DeploymentId
        FOREIGN KEY (DeploymentId) REFERENCES OrleansMembershipVersionTable (DeploymentId)
);

CREATE FUNCTION insert_membership_version(_DeploymentId varchar)
    RETURNS TABLE (row_count integer)
    LANGUAGE plpgsql
AS $function$
DECLARE
    _Rows integer := 0;
BEGIN
    INSERT INTO OrleansMembershipVersionTable (DeploymentId) VALUES (_DeploymentId)
    ON CONFLICT (DeploymentId) DO NOTHING;
    GET DIAGNOSTICS _Rows = ROW_COUNT;
    RETURN QUERY SELECT _Rows;
END
$function$;

-- Every membership change first moves the version on from the one its caller read; false when that is stale.
CREATE FUNCTION bump_membership_version(_DeploymentId varchar, _Version integer)
    RETURNS boolean
    LANGUAGE plpgsql
AS $function$
DECLARE
    _Rows integer := 0;
BEGIN
    UPDATE OrleansMembershipVersionTable
    SET Timestamp = now(), Version = Version + 1
    WHERE DeploymentId = _DeploymentId AND Version = _Version;
    GET DIAGNOSTICS _Rows = ROW_COUNT;
    RETURN _Rows > 0;
END
$function$;

-- The silo row and the version bump succeed together or not at all.
CREATE FUNCTION insert_membership(
    _DeploymentId varchar, _Address varchar, _Port integer, _Generation integer, _SiloName varchar, _HostName varchar,
    _Status integer, _ProxyPort integer, _StartTime timestamptz, _IAmAliveTime timestamptz, _Version integer)
    RETURNS TABLE (row_count integer)
    LANGUAGE plpgsql
AS $function$
DECLARE
    _Rows integer := 0;
BEGIN
    IF NOT bump_membership_version(_DeploymentId, _Version) THEN
        RETURN QUERY SELECT 0;
        RETURN;
    END IF;

    INSERT INTO OrleansMembershipTable
        (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
    VALUES
        (_DeploymentId, _Address, _Port, _Generation, _SiloName, _HostName, _Status, _ProxyPort, _StartTime, _IAmAliveTime)
    ON CONFLICT (DeploymentId, Address, Port, Generation) DO NOTHING;
    GET DIAGNOSTICS _Rows = ROW_COUNT;
    IF _Rows = 0 THEN
        -- Undo the version bump: the row was there already.
        RAISE EXCEPTION USING ERRCODE = 'unique_violation', MESSAGE = 'membership row exists';
    END IF;
    RETURN QUERY SELECT 1;
EXCEPTION
    WHEN unique_violation THEN
        RETURN QUERY SELECT 0;
END
$function$;

CREATE FUNCTION update_membership(
    _DeploymentId varchar, _Address varchar, _Port integer, _Generation integer, _Status integer,
    _SuspectTimes varchar, _IAmAliveTime timestamptz, _Version integer)
    RETURNS TABLE (row_count integer)
    LANGUAGE plpgsql
AS $function$
DECLARE
    _Rows integer := 0;
BEGIN
    IF NOT bump_membership_version(_DeploymentId, _Version) THEN
        RETURN QUERY SELECT 0;
        RETURN;
    END IF;

    UPDATE OrleansMembershipTable
    SET Status = _Status, SuspectTimes = _SuspectTimes, IAmAliveTime = _IAmAliveTime
    WHERE DeploymentId = _DeploymentId AND Address = _Address AND Port = _Port AND Generation = _Generation;
    GET DIAGNOSTICS _Rows = ROW_COUNT;
    IF _Rows = 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'no_data_found', MESSAGE = 'membership row missing';
    END IF;
    RETURN QUERY SELECT 1;
EXCEPTION
    WHEN no_data_found THEN
        RETURN QUERY SELECT 0;
END
$function$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('InsertMembershipVersionKey', '
    SELECT * FROM insert_membership_version(@DeploymentId);
');

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('InsertMembershipKey', '
    SELECT * FROM insert_membership(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
        @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version);
');

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('UpdateMembershipKey', '
    SELECT * FROM update_membership(@DeploymentId, @Address, @Port, @Generation, @Status,
        @SuspectTimes, @IAmAliveTime, @Version);
');

-- Heartbeats do not touch the version: they are liveness hints, not membership changes.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('UpdateIAmAlivetimeKey', '
    UPDATE OrleansMembershipTable
    SET IAmAliveTime = @IAmAliveTime
    WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation;
');

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('MembershipReadRowKey', '
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
           m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT OUTER JOIN OrleansMembershipTable m ON v.DeploymentId = m.DeploymentId
        AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
    WHERE v.DeploymentId = @DeploymentId;
');

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('MembershipReadAllKey', '
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
           m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT OUTER JOIN OrleansMembershipTable m ON v.DeploymentId = m.DeploymentId
    WHERE v.DeploymentId = @DeploymentId;
');

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteMembershipTableEntriesKey', '
    DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
    DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
');

-- Active gateways (status 3) for clients.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('GatewaysQueryKey', '
    SELECT Address, ProxyPort, Generation
    FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;
');

-- Dead silos (status 6) that stopped beating before the given time.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('CleanupDefunctSiloEntriesKey', '
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = 6
      AND IAmAliveTime < @IAmAliveTime AND StartTime < @IAmAliveTime;
');

-- One dead silo, only if its row is still exactly as the caller saw it.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('CleanupDefunctSiloEntryKey', '
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = 6
      AND Address = @Address AND Port = @Port AND Generation = @Generation
      AND IAmAliveTime = @IAmAliveTime AND StartTime = @StartTime
      AND SuspectTimes IS NOT DISTINCT FROM @SuspectTimes;
');
