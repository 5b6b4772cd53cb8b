using Showcase.Tenancy;

namespace Showcase.Api.Transfers;

/// <summary>A job one tenant started in the background: its progress, changed under a lock and read by polling pages and clients.</summary>
internal abstract class BackgroundJob<TProgress>(TenantId tenant, TProgress progress)
{
    private readonly Lock _lock = new();

    public TenantId Tenant => tenant;

    public TProgress Progress { get; private set; } = progress;

    public void Update(Func<TProgress, TProgress> change)
    {
        lock (_lock)
        {
            Progress = change(Progress);
        }

        Changed();
    }

    /// <summary>Called after each change, outside the lock.</summary>
    protected virtual void Changed()
    {
    }
}
