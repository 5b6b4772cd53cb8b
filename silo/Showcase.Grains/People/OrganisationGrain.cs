using Showcase.Audit;
using Showcase.Common;
using Showcase.Grains.Audit;
using Showcase.Grains.Storage;
using Showcase.People;

namespace Showcase.Grains.People;

[GrainType("organisation")]
internal sealed class OrganisationGrain(
    [PersistentState("organisation")] IPersistentState<OrganisationGrain.State> state,
    TimeProvider clock) : Grain, IOrganisationGrain
{
    private OrganisationKey? _key;

    private OrganisationKey Key => _key ??= OrganisationKey.Parse(this.GetPrimaryKeyString());

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.RecordExists)
        {
            await RecordInDirectoryAsync();
        }
    }

    public async Task<OrganisationSnapshot> CreateAsync(OrganisationProfile profile, Actor by)
    {
        profile = PeopleRules.Normalize(profile);
        if (state.RecordExists)
        {
            return state.State.Profile == profile && state.State.Version == 1
                ? Snapshot()
                : throw new DomainException(ErrorCodes.AlreadyExists, $"编号为“{Key.Id}”的单位已经存在。", "id");
        }

        DomainException.ThrowIfAny(PeopleRules.CheckOrganisation(profile));
        var now = clock.GetUtcNow();
        return await SaveAsync(new State
        {
            Profile = profile,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
            History = [new AuditEntry(now, by, "创建单位", $"{profile.Name}（{RoleNames.Of(profile.Kind)}）")],
        });
    }

    public async Task<OrganisationSnapshot> EditProfileAsync(OrganisationProfile profile, int expectedVersion, Actor by)
    {
        var current = state.RecordExists ? state.State : throw new DomainException(ErrorCodes.NotFound, $"找不到编号为“{Key.Id}”的单位。", "id");
        if (expectedVersion != current.Version)
        {
            throw new DomainException(ErrorCodes.VersionConflict,
                $"单位资料在您编辑期间已被修改（您编辑的是第 {expectedVersion} 版，现在是第 {current.Version} 版），请刷新后重新编辑。", "version");
        }

        profile = PeopleRules.Normalize(profile);
        if (profile.Kind != current.Profile.Kind)
        {
            throw new DomainException(ErrorCodes.InvalidValue, "单位类型创建后不能更改。", "kind");
        }

        DomainException.ThrowIfAny(PeopleRules.CheckOrganisation(profile));
        if (profile == current.Profile)
        {
            return Snapshot();
        }

        return await SaveAsync(current with
        {
            Profile = profile,
            Version = current.Version + 1,
            UpdatedAt = clock.GetUtcNow(),
            History = current.History.With(clock, by, "修改单位资料", profile.Name),
        });
    }

    public Task<OrganisationSnapshot?> GetAsync() => Task.FromResult(state.RecordExists ? Snapshot() : null);

    public Task<IReadOnlyList<AuditEntry>> GetHistoryAsync() => Task.FromResult(state.RecordExists ? state.State.History : []);

    private async Task<OrganisationSnapshot> SaveAsync(State next)
    {
        await state.WriteOrRestoreAsync(next, this);

        await RecordInDirectoryAsync();
        return Snapshot();
    }

    private Task RecordInDirectoryAsync() => GrainFactory.GetPeopleDirectory(Key.Tenant).RecordOrganisationAsync(Snapshot().ToSummary());

    private OrganisationSnapshot Snapshot() => new(Key, state.State.Profile, state.State.Version, state.State.CreatedAt, state.State.UpdatedAt);

    internal sealed record State
    {
        public OrganisationProfile Profile { get; init; } = new("", OrganisationKind.Enterprise, null);

        public int Version { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public DateTimeOffset UpdatedAt { get; init; }

        public IReadOnlyList<AuditEntry> History { get; init; } = [];
    }
}
