using Microsoft.Extensions.Logging;
using Showcase.Audit;
using Showcase.Common;
using Showcase.Grains.Audit;
using Showcase.Grains.Storage;
using Showcase.Listings;

namespace Showcase.Grains.Listings;

/// <summary>
/// What case, factory, pilot zone and provider grains share: the key, the stored state, the committed copy that
/// interleaving reads see, and saving so that the tenant's listing converges even after a crash between the write
/// and the listing update.
/// </summary>
internal abstract partial class CatalogEntityGrain<TState>(IPersistentState<TState> state, TimeProvider clock, ILogger logger)
    : Grain, ICatalogEntityGrain
    where TState : CatalogEntityState
{
    private CatalogKey? _key;

    protected CatalogKey Key => _key ??= CatalogKey.Parse(this.GetPrimaryKeyString());

    protected TimeProvider Clock => clock;

    /// <summary>What has been written to storage: interleaving reads must not see a change in flight.</summary>
    protected TState? Committed { get; private set; }

    protected abstract CatalogKind Kind { get; }

    /// <summary>What people call this kind, for messages: 案例, 示范工厂, …</summary>
    protected abstract string Noun { get; }

    protected abstract CatalogEntry ToEntry(TState stored);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Committed = state.RecordExists ? state.State : null;
        return Task.CompletedTask;
    }

    public Task<CatalogEntry?> GetEntryAsync() => Task.FromResult(Committed is null ? null : ToEntry(Committed));

    public Task<IReadOnlyList<AuditEntry>> GetHistoryAsync() => Task.FromResult(Committed?.History ?? []);

    protected bool Exists => state.RecordExists;

    protected TState Existing() =>
        state.RecordExists ? state.State : throw new DomainException(ErrorCodes.NotFound, $"找不到编号为“{Key.Id}”的{Noun}。", "id");

    protected DomainException AlreadyExists() => new(ErrorCodes.AlreadyExists, $"编号为“{Key.Id}”的{Noun}已经存在。", "id");

    protected void CheckVersion(int expectedVersion)
    {
        var current = Existing().Version;
        if (expectedVersion != current)
        {
            throw new DomainException(ErrorCodes.VersionConflict,
                $"该{Noun}在您编辑期间已被修改（您编辑的是第 {expectedVersion} 版，现在是第 {current} 版），请刷新后重新编辑。", "version");
        }
    }

    /// <summary>The first state of a new entity, with its creation in the history.</summary>
    protected TState Created(TState initial, Owner owner, Actor by, string action, string detail)
    {
        var now = clock.GetUtcNow();
        return initial with
        {
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
            Owner = owner,
            History = [new AuditEntry(now, by, action, detail)],
        };
    }

    /// <summary>The next state after a change: version and date moved on, the change in the history.</summary>
    protected TState Changed(TState next, Actor by, string action, string detail = "") => next with
    {
        Version = next.Version + 1,
        UpdatedAt = clock.GetUtcNow(),
        History = next.History.With(clock, by, action, detail),
    };

    /// <summary>
    /// Writes the new state between the directory's pending mark and its entry, so the listing converges even if the
    /// process dies in between. A write that fails leaves the grain to reload from storage.
    /// </summary>
    protected async Task<TState> SaveAsync(TState next)
    {
        var directory = GrainFactory.GetCatalogDirectory(Key.Tenant, Kind);
        await directory.MarkPendingAsync(Key.Id);

        await state.WriteOrRestoreAsync(next, this);
        Committed = next;

        try
        {
            await directory.RecordAsync(ToEntry(next));
        }
        catch (Exception ex)
        {
            // The change is stored; the pending mark makes the directory pick it up when it next activates.
            LogDirectoryLagging(logger, ex, Kind, Key.ToString());
        }

        return next;
    }

    /// <summary>
    /// Deletes the entity for good. It is marked in the directory first, so a crash before the directory forgets it
    /// still drops the entry when the directory reconciles (the entity then answers no entry).
    /// </summary>
    protected async Task DeleteAsync(Actor by)
    {
        var directory = GrainFactory.GetCatalogDirectory(Key.Tenant, Kind);
        await directory.MarkPendingAsync(Key.Id);
        await state.ClearStateAsync();
        Committed = null;
        LogDeleted(logger, Kind, Key.ToString(), by.Name);
        await directory.ForgetAsync(Key.Id);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} {Key} deleted by {Actor}")]
    private static partial void LogDeleted(ILogger logger, CatalogKind kind, string key, string actor);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Kind} {Key} was saved but its directory did not record it; it will reconcile.")]
    private static partial void LogDirectoryLagging(ILogger logger, Exception exception, CatalogKind kind, string key);
}
