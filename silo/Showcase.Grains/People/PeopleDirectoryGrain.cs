using Showcase.Common;
using Showcase.People;

namespace Showcase.Grains.People;

[GrainType("people-directory")]
[CollectionAgeLimit(Minutes = IdleMinutes.Listing)]
internal sealed class PeopleDirectoryGrain(
    [PersistentState("people-directory")] IPersistentState<PeopleDirectoryGrain.State> state,
    TimeProvider clock) : Grain, IPeopleDirectoryGrain
{
    // Long enough for the organisation's own write to land after the reservation; a reservation whose organisation
    // never came (a crash between the two) frees the code again after this.
    private static readonly TimeSpan ReservationHeld = TimeSpan.FromMinutes(5);

    public Task RecordAccountAsync(AccountSummary summary) => RecordAsync(state.State.Accounts, summary.Login, summary, s => s.Version);

    public Task RecordOrganisationAsync(OrganisationSummary summary) => RecordAsync(state.State.Organisations, summary.Id, summary, s => s.Version);

    public Task<Page<AccountSummary>> ListAccountsAsync(AccountQuery query, int skip, int take) =>
        Task.FromResult(Page<AccountSummary>.Of(
            state.State.Accounts.Values
                .Where(a => query.Organisation is null || a.Membership.Organisation == query.Organisation)
                .Where(a => query.RequestedOrganisation is null || a.RequestedOrganisation == query.RequestedOrganisation)
                .Where(a => Matches(query.Text, a.Login.Value, a.DisplayName))
                .OrderBy(a => a.Login.Value, StringComparer.Ordinal),
            skip, take));

    public Task<Page<OrganisationSummary>> ListOrganisationsAsync(OrganisationQuery query, int skip, int take) =>
        Task.FromResult(Page<OrganisationSummary>.Of(
            state.State.Organisations.Values
                .Where(o => query.Kind is null || o.Kind == query.Kind)
                .Where(o => query.Status is null || o.Status == query.Status)
                .Where(o => Matches(query.Text, o.Name, o.CreditCode))
                .OrderBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Id.Value, StringComparer.Ordinal),
            skip, take));

    public async Task<OrganisationSummary?> ReserveCreditCodeAsync(string creditCode, EntityId organisation)
    {
        var holder = state.State.Organisations.Values.FirstOrDefault(o => o.CreditCode == creditCode && o.Id != organisation);
        if (holder is not null)
        {
            return holder;
        }

        var now = clock.GetUtcNow();
        if (state.State.Reservations.TryGetValue(creditCode, out var held) && held.Organisation != organisation && now - held.At < ReservationHeld)
        {
            return new OrganisationSummary(held.Organisation, "另一家正在注册的单位", OrganisationKind.Enterprise, 0) { CreditCode = creditCode, Status = OrganisationStatus.Pending };
        }

        foreach (var stale in state.State.Reservations.Where(r => now - r.Value.At >= ReservationHeld).Select(r => r.Key).ToArray())
        {
            state.State.Reservations.Remove(stale);
        }

        state.State.Reservations[creditCode] = new Reservation(organisation, now);
        await state.WriteStateAsync();
        return null;
    }

    private static bool Matches(string? text, params string?[] fields) =>
        string.IsNullOrWhiteSpace(text) || fields.Any(f => f?.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase) == true);

    // An older version is ignored; the same version is taken again only when it says more (a summary that gained fields).
    private async Task RecordAsync<T>(Dictionary<string, T> entries, EntityId id, T summary, Func<T, int> versionOf)
    {
        if (entries.TryGetValue(id.Value, out var known) && (versionOf(known) > versionOf(summary) || Equals(known, summary)))
        {
            return;
        }

        entries[id.Value] = summary;
        await state.WriteStateAsync();
    }

    internal sealed record Reservation(EntityId Organisation, DateTimeOffset At);

    internal sealed class State
    {
        public Dictionary<string, AccountSummary> Accounts { get; set; } = new(StringComparer.Ordinal);

        public Dictionary<string, OrganisationSummary> Organisations { get; set; } = new(StringComparer.Ordinal);

        /// <summary>统一社会信用代码 being taken by an organisation that is being created or corrected.</summary>
        public Dictionary<string, Reservation> Reservations { get; set; } = new(StringComparer.Ordinal);
    }
}
