using Microsoft.Extensions.Logging;
using Showcase.Audit;
using Showcase.Common;
using Showcase.Factories;
using Showcase.Grains.Titles;
using Showcase.Listings;
using Showcase.Titles;

namespace Showcase.Grains.Factories;

[GrainType("factory")]
internal sealed class FactoryGrain(
    [PersistentState("factory")] IPersistentState<FactoryGrain.State> state,
    TimeProvider clock,
    ILogger<FactoryGrain> logger) : TitledGrain<FactoryGrain.State>(state, clock, logger), IFactoryGrain
{
    protected override CatalogKind Kind => CatalogKind.Factory;

    protected override string Noun => "示范工厂";

    protected override TitleTrack Track => TitleTrack.Factory;

    protected override string PagePath => $"factories/{Key.Id}";

    public async Task<FactorySnapshot> DeclareAsync(FactoryProfile profile, DateOnly on, Owner owner, Actor by)
    {
        profile = FactoryRules.Normalize(profile);
        if (Exists)
        {
            return Existing().Profile.Equals(profile) ? Snapshot(Existing()) : throw AlreadyExists();
        }

        DomainException.ThrowIfAny(FactoryRules.Check(profile));
        var title = TitleRules.Declared(on, by, Clock.GetUtcNow(), "提交示范工厂申报。");
        return Snapshot(await SaveAsync(Created(new State { Profile = profile, Title = title }, owner, by, "申报", profile.Name!)));
    }

    public async Task<FactorySnapshot> EditAsync(FactoryProfile profile, int expectedVersion, Actor by)
    {
        CheckVersion(expectedVersion);
        var current = Existing();
        profile = FactoryRules.Normalize(profile);
        DomainException.ThrowIfAny(FactoryRules.Check(profile));
        return current.Profile.Equals(profile)
            ? Snapshot(current)
            : Snapshot(await SaveAsync(Changed(current with { Profile = profile }, by, "编辑")));
    }

    public async Task<FactorySnapshot> ReportProgressAsync(string period, string text, Actor by) =>
        Snapshot(await ReportProgressAsync(period, text, by, (s, reports) => s with { Reports = reports }));

    public Task<FactorySnapshot?> GetAsync() => Task.FromResult(Committed is null ? null : Snapshot(Committed));

    protected override string NameOf(State stored) => stored.Profile.Name ?? Key.Id.Value;

    protected override CatalogEntry ToEntry(State stored)
    {
        var p = stored.Profile;
        return Entry(stored, CatalogKind.Factory, p.Name ?? "", p.Enterprise,
            new CatalogTags(p.Province, p.City, [], [], p.Technologies, ["smart-manufacturing-c2"], p.SubIndustry, p.Level),
            p.Scenarios);
    }

    private FactorySnapshot Snapshot(State s) =>
        new(Key, s.Profile, s.Title, s.Reports, s.Version, s.CreatedAt, s.UpdatedAt, s.Owner);

    internal sealed record State : TitledState
    {
        public FactoryProfile Profile { get; init; } = FactoryProfile.Empty;
    }
}
