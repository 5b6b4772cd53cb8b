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

        DomainException.ThrowIfAny(TenantRules.Check(profile));
        var now = clock.GetUtcNow();
        return await SaveAsync(new State { Profile = profile, CreatedAt = now, Version = 1, History = [new AuditEntry(now, by, "创建门户", profile.Name)] });
    }

    public async Task<TenantSnapshot> ConfigureAsync(TenantProfile profile, Actor by)
    {
        if (!state.RecordExists)
        {
            throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchPortal", Id), "id");
        }

        profile = TenantRules.Normalize(profile);
        DomainException.ThrowIfAny(TenantRules.Check(profile));
        var current = state.State;
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
        if (!state.RecordExists)
        {
            throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchPortal", Id), "id");
        }

        await state.WriteOrRestoreAsync(state.State with { History = state.State.History.With(clock, by, action, detail) }, this);
    }

    public Task<TenantSnapshot?> GetAsync() => Task.FromResult(state.RecordExists ? Snapshot() : null);

    public Task<IReadOnlyList<AuditEntry>> GetHistoryAsync() => Task.FromResult(state.RecordExists ? state.State.History : []);

    private async Task<TenantSnapshot> SaveAsync(State next)
    {
        await state.WriteOrRestoreAsync(next, this);

        var snapshot = Snapshot();
        await GrainFactory.GetTenantRegistry().RecordAsync(snapshot);
        return snapshot;
    }

    private TenantSnapshot Snapshot() => new(Id, state.State.Profile, state.State.CreatedAt, state.State.Version);

    internal sealed record State
    {
        public TenantProfile Profile { get; init; } = new("", "");

        public DateTimeOffset CreatedAt { get; init; }

        public int Version { get; init; } = 1;

        public IReadOnlyList<AuditEntry> History { get; init; } = [];
    }
}
