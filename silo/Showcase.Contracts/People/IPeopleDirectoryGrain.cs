using Orleans.Concurrency;
using Showcase.Common;

namespace Showcase.People;

/// <summary>
/// A tenant's lists of accounts and organisations, kept by those grains: they record their summary after every
/// change and again whenever they activate, so a summary missed in a crash is filled in the next time the entity is used.
/// Key: <c>{tenant}</c>.
/// </summary>
[Alias("showcase.people-directory")]
public interface IPeopleDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Records a summary; an older version than the one held is ignored.</summary>
    [Alias("record-account")]
    Task RecordAccountAsync(AccountSummary summary);

    [Alias("record-organisation")]
    Task RecordOrganisationAsync(OrganisationSummary summary);

    /// <summary>Accounts by login, optionally only the members of one organisation.</summary>
    [Alias("list-accounts"), ReadOnly]
    Task<Page<AccountSummary>> ListAccountsAsync(EntityId? organisation, int skip, int take);

    /// <summary>Organisations by name, optionally only one kind.</summary>
    [Alias("list-organisations"), ReadOnly]
    Task<Page<OrganisationSummary>> ListOrganisationsAsync(OrganisationKind? kind, int skip, int take);
}
