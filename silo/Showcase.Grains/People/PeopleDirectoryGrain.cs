using Showcase.Common;
using Showcase.People;

namespace Showcase.Grains.People;

[GrainType("people-directory")]
internal sealed class PeopleDirectoryGrain(
    [PersistentState("people-directory")] IPersistentState<PeopleDirectoryGrain.State> state) : Grain, IPeopleDirectoryGrain
{
    public Task RecordAccountAsync(AccountSummary summary) => RecordAsync(state.State.Accounts, summary.Login, summary, s => s.Version);

    public Task RecordOrganisationAsync(OrganisationSummary summary) => RecordAsync(state.State.Organisations, summary.Id, summary, s => s.Version);

    public Task<Page<AccountSummary>> ListAccountsAsync(EntityId? organisation, int skip, int take) =>
        Task.FromResult(Page<AccountSummary>.Of(
            state.State.Accounts.Values.Where(a => organisation is null || a.Membership.Organisation == organisation).OrderBy(a => a.Login.Value, StringComparer.Ordinal),
            skip, take));

    public Task<Page<OrganisationSummary>> ListOrganisationsAsync(OrganisationKind? kind, int skip, int take) =>
        Task.FromResult(Page<OrganisationSummary>.Of(
            state.State.Organisations.Values.Where(o => kind is null || o.Kind == kind).OrderBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Id.Value, StringComparer.Ordinal),
            skip, take));

    private async Task RecordAsync<T>(Dictionary<string, T> entries, EntityId id, T summary, Func<T, int> versionOf)
    {
        if (entries.TryGetValue(id.Value, out var known) && versionOf(known) >= versionOf(summary))
        {
            return;
        }

        entries[id.Value] = summary;
        await state.WriteStateAsync();
    }

    internal sealed class State
    {
        public Dictionary<string, AccountSummary> Accounts { get; set; } = new(StringComparer.Ordinal);

        public Dictionary<string, OrganisationSummary> Organisations { get; set; } = new(StringComparer.Ordinal);
    }
}
