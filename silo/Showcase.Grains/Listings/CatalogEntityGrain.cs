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
    private Listing<TState>? _listing;

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
        state.RecordExists ? state.State : throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchEntity", Key.Id, Noun), "id");

    protected DomainException AlreadyExists() => new(ErrorCodes.AlreadyExists, Sentence.Of("EntityExists", Key.Id, Noun), "id");

    protected void CheckVersion(int expectedVersion)
    {
        var current = Existing().Version;
        if (expectedVersion != current)
        {
            throw new DomainException(ErrorCodes.VersionConflict,
                Sentence.Of("EntityChangedMeanwhile", Noun, expectedVersion, current), "version");
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

    /// <summary>Saves by the one protocol (see <see cref="ListedSave"/>): the directory's pending mark, the write, the entry.</summary>
    protected async Task<TState> SaveAsync(TState next)
    {
        await state.SaveListedAsync(next, this, Listed, logger);
        return next;
    }

    /// <summary>Deletes the entity for good (see <see cref="ListedSave.DeleteListedAsync"/>).</summary>
    protected async Task DeleteAsync(Actor by)
    {
        await state.DeleteListedAsync(Listed);
        LogDeleted(logger, Kind, Key.ToString(), by.Name);
    }

    private Listing<TState> Listed => _listing ??= new Listing<TState>(
        () => GrainFactory.GetCatalogDirectory(Key.Tenant, Kind).MarkPendingAsync(Key.Id),
        next => GrainFactory.GetCatalogDirectory(Key.Tenant, Kind).RecordAsync(ToEntry(next)),
        committed => Committed = committed,
        () => GrainFactory.GetCatalogDirectory(Key.Tenant, Kind).ForgetAsync(Key.Id));

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} {Key} deleted by {Actor}")]
    private static partial void LogDeleted(ILogger logger, CatalogKind kind, string key, string actor);
}
