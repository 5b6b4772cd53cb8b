using Microsoft.Extensions.Logging;
using Showcase.Audit;
using Showcase.Common;
using Showcase.Grains.Rules;
using Showcase.Grains.Titles;
using Showcase.Listings;
using Showcase.PilotZones;
using Showcase.Titles;

namespace Showcase.Grains.PilotZones;

[GrainType("pilot-zone")]
[CollectionAgeLimit(Minutes = IdleMinutes.Entity)]
internal sealed class PilotZoneGrain(
    [PersistentState("pilot-zone")] IPersistentState<PilotZoneGrain.State> state,
    TimeProvider clock,
    ILogger<PilotZoneGrain> logger) : TitledGrain<PilotZoneGrain.State, PilotZoneProfile>(state, clock, logger), IPilotZoneGrain
{
    protected override CatalogKind Kind => CatalogKind.PilotZone;

    protected override string Noun => "先行区";

    protected override TitleTrack Track => TitleTrack.PilotZone;

    public async Task<PilotZoneSnapshot> ProposeAsync(PilotZoneProfile profile, DateOnly on, Owner owner, Actor by) =>
        Snapshot(await CreateDeclaredAsync(profile, on, owner, by, "提交创建方案", "提交先行区创建方案。", profile.Name ?? ""));

    public async Task<PilotZoneSnapshot> EditAsync(PilotZoneProfile profile, int expectedVersion, Actor by) =>
        Snapshot(await EditProfileAsync(profile, expectedVersion, by));

    public async Task<PilotZoneSnapshot> ReportProgressAsync(string period, string text, Actor by) =>
        Snapshot(await AddProgressReportAsync(period, text, by));

    public Task<PilotZoneSnapshot?> GetAsync() => Task.FromResult(Committed is null ? null : Snapshot(Committed));

    protected override PilotZoneProfile Normalize(PilotZoneProfile profile) => PilotZoneRules.Normalize(profile);

    protected override RuleErrors Check(PilotZoneProfile profile) => PilotZoneRules.Check(profile);

    protected override string NameOf(State stored) => stored.Profile.Name ?? Key.Id.Value;

    protected override CatalogEntry ToEntry(State stored)
    {
        var p = stored.Profile;
        return Entry(stored, CatalogKind.PilotZone, p.Name ?? "", p.Summary,
            new CatalogTags(PilotZoneRules.ProvinceOf(p), p.Cities.FirstOrDefault(), p.Industries, [], [], ["smart-manufacturing-c3"], null, null),
            PilotZoneRules.ProvincesOf(p), [.. p.Factories, .. p.Providers], p.Pictures.Cover?.Id, p.English.Title);
    }

    private PilotZoneSnapshot Snapshot(State s) =>
        new(Key, s.Profile, s.Title, s.Reports, s.Version, s.CreatedAt, s.UpdatedAt, s.Owner);

    internal sealed record State : TitledState<PilotZoneProfile>;
}
