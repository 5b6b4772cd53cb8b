using Orleans.Concurrency;

namespace Showcase.Audit;

/// <summary>A grain that keeps its own history, written in the same storage write as the change it records.</summary>
[Alias("showcase.audited")]
public interface IAuditedGrain : IGrainWithStringKey
{
    /// <summary>Every recorded change, oldest first; empty when the entity does not exist.</summary>
    [Alias("get-history"), ReadOnly]
    Task<IReadOnlyList<AuditEntry>> GetHistoryAsync();
}
