using Showcase.Common;
using Showcase.Grains.Tests.Cases;
using Showcase.Listings;
using Showcase.Tenancy;

namespace Showcase.Grains.Tests.Listings;

public sealed class CatalogDirectoryTests(ClusterFixture fixture)
{
    private async Task<TenantId> TenantWithCasesAsync(params (string Id, string Industry, string Program, string Province, string City)[] cases)
    {
        var tenant = TestTenants.Fresh();
        foreach (var c in cases)
        {
            var grain = fixture.Grains.GetCase(new CatalogKey(tenant, EntityId.Parse(c.Id)));
            await grain.CreateDraftAsync(CaseGrainTests.Complete with
            {
                Title = "案例 " + c.Id, Industries = [c.Industry], Programs = [c.Program], Province = c.Province, City = c.City,
            }, Owner.Nobody, TestActors.Curator);
            await grain.PublishAsync(TestActors.Curator);
        }

        return tenant;
    }

    private ICatalogDirectoryGrain Cases(TenantId tenant) => fixture.Grains.GetCatalogDirectory(tenant, CatalogKind.Case);

    [Fact]
    public async Task ListAsync_Filters_AnyValueWithinAFilterAllFiltersTogether_ProgramsMatchTheirDirections()
    {
        var tenant = await TenantWithCasesAsync(
            ("a", "automotive", "fusion-2019-d05", "32", "3205"),
            ("b", "automotive", "fusion-2020-d03", "32", "3202"),
            ("c", "electronics", "fusion-2019-d08", "44", "4403"),
            ("d", "food", "smart-manufacturing-c1", "44", "4401"));

        async Task<string[]> Ids(CatalogQuery query) =>
            [.. (await Cases(tenant).ListAsync(query with { Sort = CatalogSort.Title })).Items.Select(e => e.Id.Value)];

        Assert.Equal(["a", "b", "c"], await Ids(new CatalogQuery { Industries = ["automotive", "electronics"] }));
        Assert.Equal(["a", "c"], await Ids(new CatalogQuery { Programs = ["fusion-2019"] }));
        Assert.Equal(["c"], await Ids(new CatalogQuery { Programs = ["fusion-2019"], Provinces = ["44"] }));
        Assert.Equal(["b"], await Ids(new CatalogQuery { Cities = ["3202"] }));
        Assert.Equal(new Dictionary<string, int> { ["32"] = 2, ["44"] = 2 }, await Cases(tenant).CountByProvinceAsync(new CatalogQuery()));
    }

    [Fact]
    public async Task ListAsync_Cursor_WalksEveryEntryOnceEvenWhenOneIsAddedMeanwhile()
    {
        var tenant = await TenantWithCasesAsync([.. Enumerable.Range(1, 7).Select(i => ($"k{i}", "automotive", "fusion-2019-d05", "32", "3205"))]);
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await Cases(tenant).ListAsync(new CatalogQuery { Sort = CatalogSort.Title, Take = 3, After = after });
            seen.AddRange(page.Items.Select(e => e.Id.Value));
            after = page.HasNextPage ? page.EndCursor : null;
            Assert.Equal(pages == 0 ? 7 : 8, page.TotalCount);
            if (pages++ == 0)
            {
                // Sorts before everything already read: must not shift the next pages.
                await TenantCaseAsync(tenant, "k0");
            }
        }
        while (after is not null);

        Assert.Equal(["k1", "k2", "k3", "k4", "k5", "k6", "k7"], seen);
    }

    [Fact]
    public async Task ListAsync_ForeignOrMangledCursorOrTakeOutOfRange_IsInvalidPaging()
    {
        var tenant = await TenantWithCasesAsync(("a", "automotive", "fusion-2019-d05", "32", "3205"));
        var titleCursor = (await Cases(tenant).ListAsync(new CatalogQuery { Sort = CatalogSort.Title })).EndCursor;

        foreach (var query in new[]
        {
            new CatalogQuery { After = "not-a-cursor" },
            new CatalogQuery { After = titleCursor, Sort = CatalogSort.Newest },
            new CatalogQuery { Take = 0 },
            new CatalogQuery { Take = 101 },
        })
        {
            var ex = await Assert.ThrowsAsync<DomainException>(() => Cases(tenant).ListAsync(query));
            Assert.Equal(ErrorCodes.InvalidPaging, ex.Code);
        }
    }

    [Fact]
    public async Task MayHoldAsync_NamesTheListedAndThePendingIds_NotTheUnknownOnes()
    {
        var tenant = TestTenants.Fresh();
        await TenantCaseAsync(tenant, "listed");
        await Cases(tenant).MarkPendingManyAsync([EntityId.Parse("pending")]);

        var held = await Cases(tenant).MayHoldAsync([EntityId.Parse("listed"), EntityId.Parse("pending"), EntityId.Parse("unknown")]);

        Assert.Equal(["listed", "pending"], held.Select(id => id.Value));
    }

    private async Task TenantCaseAsync(TenantId tenant, string id)
    {
        var grain = fixture.Grains.GetCase(new CatalogKey(tenant, EntityId.Parse(id)));
        await grain.CreateDraftAsync(CaseGrainTests.Complete with { Title = "案例 " + id }, Owner.Nobody, TestActors.Curator);
        await grain.PublishAsync(TestActors.Curator);
    }
}
