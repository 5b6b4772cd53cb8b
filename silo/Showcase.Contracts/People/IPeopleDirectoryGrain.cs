using Orleans.Concurrency;
using Showcase.Common;

namespace Showcase.People;

/// <summary>
/// A tenant's lists of accounts and organisations, kept by those grains: they record their summary after every
/// change and again whenever they activate, so a summary missed in a crash is filled in the next time the entity is used.
/// It also keeps each 统一社会信用代码 to one organisation. Key: <c>{tenant}</c>.
/// </summary>
[Alias("showcase.people-directory")]
public interface IPeopleDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Records a summary; an older version than the one held is ignored.</summary>
    [Alias("record-account")]
    Task RecordAccountAsync(AccountSummary summary);

    [Alias("record-organisation")]
    Task RecordOrganisationAsync(OrganisationSummary summary);

    /// <summary>Accounts by login, filtered.</summary>
    [Alias("list-accounts"), ReadOnly]
    Task<Page<AccountSummary>> ListAccountsAsync(AccountQuery query, int skip, int take);

    /// <summary>Organisations by name, filtered.</summary>
    [Alias("list-organisations"), ReadOnly]
    Task<Page<OrganisationSummary>> ListOrganisationsAsync(OrganisationQuery query, int skip, int take);

    /// <summary>
    /// Holds a 统一社会信用代码 for <paramref name="organisation"/> while it is created or corrected. Returns the other
    /// organisation that already has it (or was given it in the last minutes), or <c>null</c> when it is this one's.
    /// </summary>
    [Alias("reserve-credit-code")]
    Task<OrganisationSummary?> ReserveCreditCodeAsync(string creditCode, EntityId organisation);
}

/// <summary>Which accounts to list: members of an organisation, people asking to join one, and/or words in the login or name.</summary>
[GenerateSerializer, Immutable, Alias("showcase.account-query")]
public sealed record AccountQuery(
    [property: Id(0)] EntityId? Organisation = null,
    [property: Id(1)] EntityId? RequestedOrganisation = null,
    [property: Id(2)] string? Text = null);

/// <summary>Which organisations to list: a kind, a status, and/or words in the name or 统一社会信用代码.</summary>
[GenerateSerializer, Immutable, Alias("showcase.organisation-query")]
public sealed record OrganisationQuery(
    [property: Id(0)] OrganisationKind? Kind = null,
    [property: Id(1)] OrganisationStatus? Status = null,
    [property: Id(2)] string? Text = null);
