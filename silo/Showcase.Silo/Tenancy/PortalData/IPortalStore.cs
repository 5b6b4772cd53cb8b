using Showcase.Tenancy;

namespace Showcase.Silo.Tenancy.PortalData;

/// <summary>What a portal keeps in the deployment's storage: its grains' state rows, kept files, export files and, in a cluster, its search change log.</summary>
public sealed record PortalRows(int GrainStates, int Files, int ExportFiles, int SearchLog)
{
    public int Total => GrainStates + Files + ExportFiles + SearchLog;

    public override string ToString() => $"{GrainStates} · {Files} · {ExportFiles} · {SearchLog}";
}

/// <summary>One grain state row of a portal: the state's name, the grain's key and the stored JSON.</summary>
public sealed record PortalRow(string State, string Key, byte[] Payload);

/// <summary>
/// Every row and file of one portal in the deployment's storage — the embedded SQLite database and data folder, or the
/// cluster's PostgreSQL. A portal's grain keys are its id or start with <c>{id}/</c>, so one key range holds them all.
/// </summary>
public interface IPortalStore
{
    Task<PortalRows> CountAsync(TenantId tenant, CancellationToken cancellationToken);

    /// <summary>The portal's grain state rows that hold a state (not cleared ones), by state name and key.</summary>
    IAsyncEnumerable<PortalRow> ReadAsync(TenantId tenant, CancellationToken cancellationToken);

    /// <summary>Deletes them; returns how many there were. Erasing what is already gone does nothing.</summary>
    Task<PortalRows> EraseAsync(TenantId tenant, CancellationToken cancellationToken);
}
