using Showcase.Common;
using Showcase.Listings;
using Showcase.Notifications;
using Showcase.People;
using Showcase.Tenancy;

namespace Showcase.Grains.Notifications;

/// <summary>Delivers a notice to every curator and tenant admin of a tenant. Inboxes ignore an id they have, so resending is safe.</summary>
internal static class CuratorNotices
{
    public static async Task SendAsync(IGrainFactory grains, TenantId tenant, Notification notice)
    {
        var directory = grains.GetPeopleDirectory(tenant);
        for (var skip = 0; ; skip += Page<AccountSummary>.MaxTake)
        {
            var page = await directory.ListAccountsAsync(new AccountQuery(), skip, Page<AccountSummary>.MaxTake);
            var curators = page.Items.Where(a => a.Membership.Roles.Any(r => r is Role.Curator or Role.TenantAdmin));
            await Task.WhenAll(curators.Select(a => grains.GetNotificationInbox(new AccountKey(tenant, a.Login)).DeliverAsync(notice)));
            if (!page.HasNextPage)
            {
                return;
            }
        }
    }
}
