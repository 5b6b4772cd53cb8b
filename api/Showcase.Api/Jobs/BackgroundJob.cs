namespace Showcase.Api.Jobs;

/// <summary>A job running in the background: its progress, changed under a lock and read by polling pages and clients.</summary>
public abstract class BackgroundJob<TProgress>(TProgress progress)
{
    private readonly Lock _lock = new();

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
