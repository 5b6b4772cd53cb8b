using Showcase.Common;
using Showcase.Listings;
using Showcase.Notifications;
using Showcase.People;
using Showcase.Testing;

namespace Showcase.Api.Tests.Catalog;

public sealed class NotificationGraphQLTests(HostFixture fixture)
{
    private const string List = "{ notifications { unreadCount items { id title link read } } }";

    [Fact]
    public async Task Notifications_OnlyTheirOwn_MarkedReadTogether()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        var inbox = fixture.Host.Grains.GetNotificationInbox(new AccountKey(portal.Tenant, EntityId.Parse(TestPortal.Curator)));
        await inbox.DeliverAsync(new Notification("n1", DateTimeOffset.UtcNow.AddMinutes(-1), "示范工厂待复评", "有效期届满。", $"/t/{portal.Tenant}/factories/f01"));
        await inbox.DeliverAsync(new Notification("n2", DateTimeOffset.UtcNow, "先行区待复评", "有效期届满。", null));

        var curator = await portal.DataAsync(TestPortal.Curator, "notifications", List);
        var enterprise = await portal.DataAsync(TestPortal.Enterprise, "notifications", List);
        var anonymous = await portal.PostAsync(null, List);

        Assert.Equal(2, curator.GetProperty("unreadCount").GetInt32());
        Assert.Equal("先行区待复评", curator.GetProperty("items")[0].GetProperty("title").GetString());
        Assert.Equal(0, enterprise.GetProperty("items").GetArrayLength());
        Assert.Equal("UNAUTHENTICATED", anonymous.FirstCode);

        var read = await portal.DataAsync(TestPortal.Curator, "markNotificationsRead", "mutation { markNotificationsRead { unreadCount items { read } } }");
        Assert.Equal(0, read.GetProperty("unreadCount").GetInt32());
        Assert.All(read.GetProperty("items").EnumerateArray(), n => Assert.True(n.GetProperty("read").GetBoolean()));
    }

    [Fact]
    public async Task ANotice_ReadsInTheRequestsLanguage_AndOneWrittenBeforeNoticesHadKeys_AsItWasStored()
    {
        var portal = await CatalogPortal.CreateAsync(fixture);
        var inbox = fixture.Host.Grains.GetNotificationInbox(new AccountKey(portal.Tenant, EntityId.Parse(TestPortal.Curator)));
        await inbox.DeliverAsync(Notification.Of("won", DateTimeOffset.UtcNow, Notice.Of("BidWon", "焊点在线检测"), null));
        await inbox.DeliverAsync(new Notification("old", DateTimeOffset.UtcNow.AddMinutes(-1), "示范工厂待复评", "有效期届满。", null));
        const string Read = "{ notifications { items { id title body } } }";

        var english = await ReadAsync("en");
        var chinese = await ReadAsync("zh-CN");

        Assert.Equal(("Your bid won", "Your bid for “焊点在线检测” was chosen."), english["won"]);
        Assert.Equal(("恭喜中榜", "您对“焊点在线检测”的揭榜方案已中榜（挂帅）。"), chinese["won"]);
        Assert.Equal(("示范工厂待复评", "有效期届满。"), english["old"]);

        async Task<Dictionary<string, (string?, string?)>> ReadAsync(string language) =>
            (await portal.PostInAsync(language, TestPortal.Curator, Read)).Json.GetProperty("data").GetProperty("notifications").GetProperty("items").EnumerateArray()
                .ToDictionary(n => n.GetProperty("id").GetString()!, n => (n.GetProperty("title").GetString(), n.GetProperty("body").GetString()));
    }
}
