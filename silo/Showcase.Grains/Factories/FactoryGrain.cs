using Microsoft.Extensions.Logging;
using Showcase.Audit;
using Showcase.Common;
using Showcase.Factories;
using Showcase.Grains.Rules;
using Showcase.Grains.Titles;
using Showcase.Listings;
using Showcase.Titles;

namespace Showcase.Grains.Factories;

[GrainType("factory")]
[CollectionAgeLimit(Minutes = IdleMinutes.Entity)]
internal sealed class FactoryGrain(
    [PersistentState("factory")] IPersistentState<FactoryGrain.State> state,
    TimeProvider clock,
    ILogger<FactoryGrain> logger) : TitledGrain<FactoryGrain.State, FactoryProfile>(state, clock, logger), IFactoryGrain
{
    protected override CatalogKind Kind => CatalogKind.Factory;

    protected override string Noun => "示范工厂";

    protected override TitleTrack Track => TitleTrack.Factory;

    public async Task<FactorySnapshot> DeclareAsync(FactoryProfile profile, DateOnly on, Owner owner, Actor by) =>
        Snapshot(await CreateDeclaredAsync(profile, on, owner, by, "申报", "提交示范工厂申报。", profile.Name ?? ""));

    public async Task<FactorySnapshot> EditAsync(FactoryProfile profile, int expectedVersion, Actor by) =>
        Snapshot(await EditProfileAsync(profile, expectedVersion, by));

    public async Task<FactorySnapshot> ReportProgressAsync(string period, string text, Actor by) =>
        Snapshot(await AddProgressReportAsync(period, text, by));

    public Task<FactorySnapshot?> GetAsync() => Task.FromResult(Committed is null ? null : Snapshot(Committed));

    protected override FactoryProfile Normalize(FactoryProfile profile) => FactoryRules.Normalize(profile);

    protected override RuleErrors Check(FactoryProfile profile) => FactoryRules.Check(profile);

    protected override string NameOf(State stored) => stored.Profile.Name ?? Key.Id.Value;

    protected override CatalogEntry ToEntry(State stored)
    {
        var p = stored.Profile;
        return Entry(stored, CatalogKind.Factory, p.Name ?? "", p.Enterprise,
            new CatalogTags(p.Province, p.City, [], [], p.Technologies, ["smart-manufacturing-c2"], p.SubIndustry, p.Level),
            p.Province is null ? [] : [p.Province], p.Scenarios, p.Pictures.Cover?.Id, p.English.Title);
    }

    private FactorySnapshot Snapshot(State s) =>
        new(Key, s.Profile, s.Title, s.Reports, s.Version, s.CreatedAt, s.UpdatedAt, s.Owner);

    internal sealed record State : TitledState<FactoryProfile>;
}
