using Npgsql;
using Showcase.Common;
using Showcase.Silo.Storage;
using Showcase.Tenancy;

namespace Showcase.Silo.Search.Replicas;

/// <summary>An entry of a portal's change log: its sequence number and the item that changed.</summary>
public sealed record LoggedChange(long Seq, SearchItem Item);

/// <summary>The heads of every portal's log (the last sequence number given out) and the rebuild generation.</summary>
public sealed record LogHeads(IReadOnlyDictionary<string, long> Heads, long RebuildGeneration);

/// <summary>
/// The cluster's search change log in PostgreSQL (<c>0007-showcase-search-log.sql</c>): per portal, an ordered,
/// gap-free sequence of changed items that every host's replica applies in order.
/// </summary>
/// <remarks>
/// An append takes the portal's head row (<c>ShowcaseSearchLogHeads</c>) with its lock held until the entries commit,
/// so appenders on any host take turns and numbers become visible in the order they were given out: a follower that
/// has read up to n and sees n + 2 can never later find n + 1. The same transaction notifies <see cref="Channel"/>,
/// which wakes every listening host on commit; the notification is only a nudge, the log is the truth.
/// </remarks>
public sealed class SearchChangeLog(string connectionString) : IAsyncDisposable
{
    public const string Channel = "showcase_search";

    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);

    /// <summary>Appends a portal's changed items in order; returns the portal's new head.</summary>
    public async Task<long> AppendAsync(TenantId tenant, IReadOnlyList<SearchItem> items, CancellationToken cancellationToken)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                PositionalCommands.Of("""
                    WITH head AS (
                        INSERT INTO ShowcaseSearchLogHeads (Tenant, Head) VALUES ($1, $2)
                        ON CONFLICT (Tenant) DO UPDATE SET Head = ShowcaseSearchLogHeads.Head + excluded.Head
                        RETURNING Head)
                    INSERT INTO ShowcaseSearchLog (Tenant, Seq, Kind, Id, Version, IsPublic)
                    SELECT $1, head.Head - $2 + item.N, item.Kind, item.Id, item.Version, item.IsPublic
                    FROM head, unnest($3::text[], $4::text[], $5::bigint[], $6::boolean[]) WITH ORDINALITY AS item(Kind, Id, Version, IsPublic, N)
                    RETURNING Seq
                    """,
                    tenant.Value, (long)items.Count, items.Select(i => i.Kind).ToArray(), items.Select(i => i.Id.Value).ToArray(),
                    items.Select(i => i.Version).ToArray(), items.Select(i => i.IsPublic).ToArray()),
                PositionalCommands.Of("SELECT pg_notify($1, $2)", Channel, tenant.Value),
            },
        };
        long head = 0;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                head = Math.Max(head, reader.GetInt64(0));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return head;
    }

    /// <summary>Every portal's head and the rebuild generation, in one round trip.</summary>
    public async Task<LogHeads> HeadsAsync(CancellationToken cancellationToken)
    {
        await using var batch = _source.CreateBatch();
        batch.BatchCommands.Add(PositionalCommands.Of("SELECT Tenant, Head FROM ShowcaseSearchLogHeads"));
        batch.BatchCommands.Add(PositionalCommands.Of("SELECT coalesce(max(Generation), 0) FROM ShowcaseSearchRebuilds"));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var heads = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            heads[reader.GetString(0)] = reader.GetInt64(1);
        }

        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new LogHeads(heads, reader.GetInt64(0));
    }

    /// <summary>Up to <paramref name="take"/> entries of a portal's log after <paramref name="after"/>, in order.</summary>
    public async Task<IReadOnlyList<LoggedChange>> ReadAsync(TenantId tenant, long after, int take, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand(
            "SELECT Seq, Kind, Id, Version, IsPublic FROM ShowcaseSearchLog WHERE Tenant = $1 AND Seq > $2 ORDER BY Seq LIMIT $3");
        command.Parameters.Add(new NpgsqlParameter { Value = tenant.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = after });
        command.Parameters.Add(new NpgsqlParameter { Value = take });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var changes = new List<LoggedChange>();
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.Add(new LoggedChange(reader.GetInt64(0),
                new SearchItem(tenant, reader.GetString(1), EntityId.Parse(reader.GetString(2)), reader.GetInt64(3), reader.GetBoolean(4))));
        }

        return changes;
    }

    /// <summary>Raises the rebuild generation, which makes every replica rebuild itself; returns the new generation.</summary>
    public async Task<long> RequestRebuildAsync(CancellationToken cancellationToken)
    {
        await using var batch = _source.CreateBatch();
        batch.BatchCommands.Add(PositionalCommands.Of("""
            INSERT INTO ShowcaseSearchRebuilds (Id, Generation, RequestedAt) VALUES (1, 1, now())
            ON CONFLICT (Id) DO UPDATE SET Generation = ShowcaseSearchRebuilds.Generation + 1, RequestedAt = now()
            RETURNING Generation
            """));
        batch.BatchCommands.Add(PositionalCommands.Of("SELECT pg_notify($1, '')", Channel));
        return (long)(await batch.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Records how far a replica has applied each portal's log (positions it has committed).</summary>
    public async Task ReportAsync(string replica, IReadOnlyDictionary<string, long> positions, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand("""
            INSERT INTO ShowcaseSearchReplicas (Replica, Tenant, Position, ReportedAt)
            SELECT $1, position.Tenant, position.Position, now() FROM unnest($2::text[], $3::bigint[]) AS position(Tenant, Position)
            ON CONFLICT (Replica, Tenant) DO UPDATE SET Position = excluded.Position, ReportedAt = excluded.ReportedAt
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = replica });
        command.Parameters.Add(new NpgsqlParameter { Value = positions.Keys.ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = positions.Values.ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Forgets replicas that have not reported for <paramref name="retention"/>, then deletes every entry that each
    /// remaining replica of its portal has passed; returns how many entries went. A replica that comes back after being
    /// forgotten finds its next entries gone and rebuilds itself from the grains.
    /// </summary>
    public async Task<int> CompactAsync(TimeSpan retention, CancellationToken cancellationToken)
    {
        await using var batch = _source.CreateBatch();
        batch.BatchCommands.Add(PositionalCommands.Of("DELETE FROM ShowcaseSearchReplicas WHERE ReportedAt < now() - $1", retention));
        batch.BatchCommands.Add(PositionalCommands.Of("""
            DELETE FROM ShowcaseSearchLog log
            USING (SELECT Tenant, min(Position) AS Passed FROM ShowcaseSearchReplicas GROUP BY Tenant) passed
            WHERE log.Tenant = passed.Tenant AND log.Seq <= passed.Passed
            """));
        await batch.ExecuteNonQueryAsync(cancellationToken);
        return batch.BatchCommands[1].RecordsAffected;
    }

    /// <summary>
    /// Calls <paramref name="woken"/> on every notification (and after each connect, for what a broken connection
    /// missed) until cancelled, reconnecting after a pause when the connection breaks.
    /// </summary>
    public async Task ListenAsync(Action woken, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                // Its own unpooled connection: LISTEN belongs to the session, and a pooled one would be reset on return.
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 10 }.ConnectionString);
                await connection.OpenAsync(cancellationToken);
                connection.Notification += (_, _) => woken();
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(cancellationToken);
                }

                woken();
                while (true)
                {
                    await connection.WaitAsync(cancellationToken);
                }
            }
            catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or IOException or TimeoutException && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
