using Showcase.Audit;
using Showcase.Common;
using Showcase.Factories;
using Showcase.Listings;
using Showcase.People;
using Showcase.Testing;
using Showcase.Titles;

namespace Showcase.Silo.Tests.Titles;

public sealed class TitleExpirySweepTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>
    /// A title that ran out while no sweep looked at it (the host was stopped before its hourly sweep) is caught by
    /// the sweep of the next start, and the portal's curators are told.
    /// </summary>
    [Fact]
    public async Task ExpiredTitle_IsMarkedDueAndCuratorsToldAtTheNextStart()
    {
        var dataPath = TestFolders.NewDataFolder();
        CatalogKey key;
        await using (var first = new ShowcaseHost(dataPath))
        {
            var portal = await first.CreatePortalAsync();
            key = new CatalogKey(portal.Tenant, EntityId.Parse("expired-factory"));
            var factory = first.Grains.GetFactory(key);
            await factory.DeclareAsync(new FactoryProfile
            {
                Name = "过期示范工厂", Enterprise = "示例机床股份有限公司", Province = "21", City = "2101", SubIndustry = "general-equipment",
            }, new DateOnly(2019, 3, 1), Owner.Nobody, Actor.System);
            await factory.AdvanceTitleAsync(new(TitleAction.Select, new DateOnly(2019, 5, 1), "入选。"), Actor.System);
            await factory.AdvanceTitleAsync(new(TitleAction.Recognise, new DateOnly(2021, 5, 1), "验收通过。"), Actor.System);
            Assert.Equal(TitleStatus.Recognised, (await factory.GetAsync())!.Title.Status);
        }

        await using var second = new ShowcaseHost(dataPath);
        _ = second.Services;
        var title = await Eventually.ReadAsync(async () => (await second.Grains.GetFactory(key).GetAsync())!.Title, t => t.Status == TitleStatus.ReevaluationDue, Cancel);

        Assert.Equal((TitleStatus.ReevaluationDue, new DateOnly(2024, 5, 2)), (title.Status, title.Since));
        // The sweep marks the title first and tells the curators after: wait for the notice too.
        var curatorInbox = second.Grains.GetNotificationInbox(new AccountKey(key.Tenant, EntityId.Parse(TestPortal.Curator)));
        bool Told(IReadOnlyList<Showcase.Notifications.Notification> notices) =>
            notices.Any(n => n.Title.Contains("过期示范工厂", StringComparison.Ordinal) && n.Title.Contains("待复评", StringComparison.Ordinal));
        var inbox = await Eventually.ReadAsync(() => curatorInbox.ListAsync(10), Told, Cancel);

        Assert.True(Told(inbox), string.Join(" | ", inbox.Select(n => n.Title)));
    }
}
