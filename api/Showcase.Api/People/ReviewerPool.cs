using Showcase.Common;
using Showcase.People;
using Showcase.Tenancy;

namespace Showcase.Api.People;

/// <summary>The portal's experts (评审专家): its accounts with the REVIEWER role, for organisers to choose from by name.</summary>
public static class ReviewerPool
{
    public static async Task<IReadOnlyList<AccountSummary>> ListAsync(IGrainFactory grains, TenantId tenant)
    {
        var experts = new List<AccountSummary>();
        await foreach (var account in Page<AccountSummary>.AllAsync((skip, take) => grains.GetPeopleDirectory(tenant).ListAccountsAsync(new AccountQuery(), skip, take)))
        {
            if (account.Membership.Has(Role.Reviewer))
            {
                experts.Add(account);
            }
        }

        return experts;
    }
}
