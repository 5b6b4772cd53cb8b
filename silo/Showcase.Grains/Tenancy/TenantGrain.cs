using Showcase.Audit;
using Showcase.Common;
using Showcase.Grains.Audit;
using Showcase.Grains.Storage;
using Showcase.Tenancy;

namespace Showcase.Grains.Tenancy;

[GrainType("tenant")]
[CollectionAgeLimit(Minutes = IdleMinutes.Small)]
internal sealed class TenantGrain(
    [PersistentState("tenant")] IPersistentState<TenantGrain.State> state,
    TimeProvider clock) : Grain, ITenantGrain
{
    private TenantId Id => TenantId.Parse(this.GetPrimaryKeyString());

    // The registry is a projection: telling it again on activation heals a record lost in a crash.
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.RecordExists)
        {
            await GrainFactory.GetTenantRegistry().RecordAsync(Snapshot());
        }
    }

    public async Task<TenantSnapshot> EnsureCreatedAsync(TenantProfile profile) =>
        state.RecordExists ? Snapshot() : await CreateAsync(profile, Actor.System);

    public async Task<TenantSnapshot> CreateAsync(TenantProfile profile, Actor by)
    {
        profile = TenantRules.Normalize(profile);
        if (state.RecordExists)
        {
            return state.State.Profile.Equals(profile)
                ? Snapshot()
                : throw new DomainException(ErrorCodes.AlreadyExists, Sentence.Of("PortalExists", Id), "id");
        }

        if ((await GrainFactory.GetTenantRegistry().DeletedAsync()).Any(d => d.Id == Id))
        {
            throw new DomainException(ErrorCodes.AlreadyExists, Sentence.Of("PortalIdDeleted", Id), "id");
        }

        DomainException.ThrowIfAny(TenantRules.Check(profile));
        var now = clock.GetUtcNow();
        return await SaveAsync(new State { Profile = profile, CreatedAt = now, Version = 1, History = [new AuditEntry(now, by, "创建门户", profile.Name)] });
    }

    public async Task<TenantSnapshot> ConfigureAsync(TenantProfile profile, Actor by)
    {
        var current = Existing();
        profile = TenantRules.Normalize(profile);
        DomainException.ThrowIfAny(TenantRules.Check(profile));
        if (current.Profile.Equals(profile))
        {
            return Snapshot();
        }

        return await SaveAsync(current with
        {
            Profile = profile,
            Version = current.Version + 1,
            History = current.History.With(clock, by, "修改门户设置", profile.Name),
        });
    }

    public async Task RecordAsync(string action, string detail, Actor by)
    {
        var current = Existing();
        await state.WriteOrRestoreAsync(current with { History = current.History.With(clock, by, action, detail) }, this);
    }

    public async Task<TenantSnapshot> ScheduleDeletionAsync(TimeSpan grace, Actor by)
    {
        if (Id.IsPlatform)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("PlatformNotDeleted"), "id");
        }

        var current = Existing();
        if (current.DeletionDue is not null)
        {
            return Snapshot();
        }

        var now = clock.GetUtcNow();
        return await SaveAsync(current with
        {
            DeletionDue = now + grace,
            Version = current.Version + 1,
            History = current.History.With(clock, by, "安排删除门户", ChinaTime.Minutes(now + grace)),
        });
    }

    public async Task<TenantSnapshot> CancelDeletionAsync(Actor by)
    {
        var current = Existing();
        return current.DeletionDue is null
            ? Snapshot()
            : await SaveAsync(current with
            {
                DeletionDue = null,
                Version = current.Version + 1,
                History = current.History.With(clock, by, "取消删除门户", current.Profile.Name),
            });
    }

    public async Task<TenantSnapshot?> DeleteAsync(Actor by)
    {
        if (!state.RecordExists)
        {
            return null;
        }

        var due = state.State.DeletionDue ?? throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("DeletionNotScheduled", Id), "id");
        if (clock.GetUtcNow() < due)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("DeletionNotDue", Id, ChinaTime.Minutes(due)), "id");
        }

        // The registry first: from then on the id is taken for good, and a crash after it leaves only data the purge erases.
        var deleted = Snapshot();
        await GrainFactory.GetTenantRegistry().ForgetAsync(deleted, by);
        await state.ClearStateAsync();
        DeactivateOnIdle();
        return deleted;
    }

    public async Task<TenantSnapshot?> ReloadAsync()
    {
        await state.ReadStateAsync();
        if (!state.RecordExists)
        {
            return null;
        }

        await GrainFactory.GetTenantRegistry().RecordAsync(Snapshot());
        return Snapshot();
    }

    public Task<TenantSnapshot?> GetAsync() => Task.FromResult(state.RecordExists ? Snapshot() : null);

    public Task<IReadOnlyList<AuditEntry>> GetHistoryAsync() => Task.FromResult(state.RecordExists ? state.State.History : []);

    private State Existing() =>
        state.RecordExists ? state.State : throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchPortal", Id), "id");

    private async Task<TenantSnapshot> SaveAsync(State next)
    {
        await state.WriteOrRestoreAsync(next, this);

        var snapshot = Snapshot();
        await GrainFactory.GetTenantRegistry().RecordAsync(snapshot);
        return snapshot;
    }

    private TenantSnapshot Snapshot() => new(Id, state.State.Profile, state.State.CreatedAt, state.State.Version, state.State.DeletionDue);

    internal sealed record State
    {
        public TenantProfile Profile { get; init; } = new("", "");

        public DateTimeOffset CreatedAt { get; init; }

        public int Version { get; init; } = 1;

        /// <summary>When a scheduled deletion can be confirmed; null while none is scheduled.</summary>
        public DateTimeOffset? DeletionDue { get; init; }

        public IReadOnlyList<AuditEntry> History { get; init; } = [];
    }
}
