using Showcase.Listings;
using Showcase.People;

namespace Showcase.Notifications;

public static class ProviderNotices
{
    /// <summary>Delivers a notice to the account that owns a provider; that account, or null when the provider has none.</summary>
    public static async Task<AccountKey?> TellProviderAsync(this IGrainFactory grains, CatalogKey provider, Notification notice)
    {
        if (await grains.GetProvider(provider).GetAsync() is not { Owner.Account: { } account })
        {
            return null;
        }

        var owner = new AccountKey(provider.Tenant, account);
        await grains.GetNotificationInbox(owner).DeliverAsync(notice);
        return owner;
    }
}
