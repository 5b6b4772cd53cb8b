using Microsoft.Extensions.Logging;
using Showcase.Audit;
using Showcase.Common;
using Showcase.Grains.Listings;
using Showcase.Listings;
using Showcase.Providers;

namespace Showcase.Grains.Providers;

[GrainType("provider")]
[CollectionAgeLimit(Minutes = IdleMinutes.Entity)]
internal sealed class ProviderGrain(
    [PersistentState("provider")] IPersistentState<ProviderGrain.State> state,
    TimeProvider clock,
    ILogger<ProviderGrain> logger) : CatalogEntityGrain<ProviderGrain.State>(state, clock, logger), IProviderGrain
{
    protected override CatalogKind Kind => CatalogKind.Provider;

    protected override string Noun => "解决方案供应商";

    public async Task<ProviderSnapshot> RegisterAsync(ProviderProfile profile, Owner owner, Actor by)
    {
        profile = ProviderRules.Normalize(profile);
        if (Exists)
        {
            return Existing().Profile.Equals(profile) ? Snapshot(Existing()) : throw AlreadyExists();
        }

        DomainException.ThrowIfAny(ProviderRules.CheckDraft(profile));
        return Snapshot(await SaveAsync(Created(new State { Profile = profile }, owner, by, "登记", profile.Name!)));
    }

    public async Task<ProviderSnapshot> EditAsync(ProviderProfile profile, int expectedVersion, Actor by)
    {
        CheckVersion(expectedVersion);
        var current = Existing();
        profile = ProviderRules.Normalize(profile);
        DomainException.ThrowIfAny(current.Status == ProviderStatus.Listed ? ProviderRules.CheckListable(profile) : ProviderRules.CheckDraft(profile));
        return current.Profile.Equals(profile)
            ? Snapshot(current)
            : Snapshot(await SaveAsync(Changed(current with { Profile = profile }, by, "编辑")));
    }

    public async Task<ProviderSnapshot> ListAsync(Actor by)
    {
        var current = Existing();
        if (current.Status == ProviderStatus.Listed)
        {
            return Snapshot(current);
        }

        DomainException.ThrowIfAny(ProviderRules.CheckListable(current.Profile));
        return Snapshot(await SaveAsync(Changed(current with { Status = ProviderStatus.Listed, ListedAt = Clock.GetUtcNow(), StatusNote = null }, by, "入库")));
    }

    public async Task<ProviderSnapshot> DelistAsync(string reason, Actor by)
    {
        var current = Existing();
        if (current.Status == ProviderStatus.Delisted)
        {
            return Snapshot(current);
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 500)
        {
            throw new DomainException(ErrorCodes.Required, Sentence.Of("DelistReasonRequired"), "reason");
        }

        if (current.Status != ProviderStatus.Listed)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("ProviderNotListed"), "status");
        }

        return Snapshot(await SaveAsync(Changed(current with { Status = ProviderStatus.Delisted, StatusNote = reason.Trim() }, by, "移出", reason.Trim())));
    }

    public Task<ProviderSnapshot?> GetAsync() => Task.FromResult(Committed is null ? null : Snapshot(Committed));

    protected override CatalogEntry ToEntry(State stored)
    {
        var p = stored.Profile;
        return new CatalogEntry(CatalogKind.Provider, Key.Id, p.Name ?? "", p.Summary, StatusCode.Of(stored.Status),
            stored.Status == ProviderStatus.Listed, stored.Owner,
            new CatalogTags(p.Province, p.City,
                [.. p.Capabilities.Select(c => c.Industry).Distinct()],
                [.. p.Capabilities.Select(c => c.Domain).Distinct()],
                [.. p.Capabilities.SelectMany(c => c.Technologies).Distinct()], [], null, null),
            [], null, stored.UpdatedAt, stored.ListedAt, stored.Version, Cover: p.Pictures.Cover?.Id,
            Figures: CatalogFigures.Of(stored.ListedAt is { } listed ? ChinaTime.At(listed).Year : null, p.Province), EnglishTitle: p.English.Title);
    }

    private ProviderSnapshot Snapshot(State s) =>
        new(Key, s.Profile, s.Status, s.StatusNote, s.Version, s.CreatedAt, s.UpdatedAt, s.ListedAt, s.Owner);

    internal sealed record State : CatalogEntityState
    {
        public ProviderProfile Profile { get; init; } = ProviderProfile.Empty;

        public ProviderStatus Status { get; init; }

        public string? StatusNote { get; init; }

        public DateTimeOffset? ListedAt { get; init; }
    }
}
