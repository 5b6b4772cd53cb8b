using Showcase.Common;
using Showcase.Listings;

namespace Showcase.Grains.Tests.Listings;

/// <summary>
/// Pages come from orders the directory keeps in step with every change: after hundreds of new entries, new versions
/// that move an entry (another title, a later update) and removals, walking every page of every sort, with and
/// without a filter, gives exactly the entries and order of a full sort of what the directory holds.
/// </summary>
public sealed class CatalogDirectoryOrderTests(ClusterFixture fixture)
{
    private static readonly string[] Industries = ["automotive", "electronics", "food"];
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2025-01-01T00:00:00+08:00");

    [Fact]
    public async Task EveryPageOfEverySort_AfterManyChanges_IsTheFullSortOfWhatTheDirectoryHolds()
    {
        var directory = fixture.Grains.GetCatalogDirectory(TestTenants.Fresh(), CatalogKind.Case);
        var random = new Random(24);
        var held = new Dictionary<string, CatalogEntry>();

        async Task RecordAsync(CatalogEntry entry)
        {
            await directory.RecordAsync(entry);
            held[entry.Id.Value] = entry;
        }

        for (var i = 0; i < 300; i++)
        {
            await RecordAsync(Entry(i, version: 1, random));
        }

        // The orders are built by the first listing; everything below must keep them in step.
        await directory.ListAsync(new CatalogQuery());
        for (var i = 0; i < 200; i++)
        {
            var id = random.Next(400);
            if (id % 7 == 0 && held.Remove($"e{id}"))
            {
                await directory.ForgetAsync(EntityId.Parse($"e{id}"));
            }
            else
            {
                await RecordAsync(Entry(id, version: (held.GetValueOrDefault($"e{id}")?.Version ?? 0) + 1, random));
            }
        }

        foreach (var sort in Enum.GetValues<CatalogSort>())
        {
            foreach (var industries in new IReadOnlyList<string>[] { [], ["electronics"] })
            {
                var expected = held.Values.Where(e => industries.Count == 0 || e.Tags.Industries.Any(industries.Contains))
                    .Order(Comparer(sort)).Select(e => e.Id.Value).ToArray();
                var walked = new List<string>();
                string? after = null;
                do
                {
                    var page = await directory.ListAsync(new CatalogQuery { Sort = sort, Industries = industries, Take = 17, After = after });
                    Assert.Equal(expected.Length, page.TotalCount);
                    walked.AddRange(page.Items.Select(e => e.Id.Value));
                    after = page.HasNextPage ? page.EndCursor : null;
                }
                while (after is not null);

                Assert.Equal(expected, walked);
            }
        }
    }

    [Fact]
    public async Task Totals_AreRightPageAfterPage_AfterEachChange_AndWithMoreFiltersThanAreKept()
    {
        var directory = fixture.Grains.GetCatalogDirectory(TestTenants.Fresh(), CatalogKind.Case);
        var random = new Random(7);
        var held = new Dictionary<string, CatalogEntry>();
        for (var i = 0; i < 200; i++)
        {
            var entry = Entry(i, version: 1, random);
            await directory.RecordAsync(entry);
            held[entry.Id.Value] = entry;
        }

        // More distinct filters than the directory keeps totals for, each asked twice in turn.
        var filters = Enumerable.Range(0, 50).Select(n => new CatalogQuery { TitleContains = $"案例{n:D2}" })
            .Concat(Industries.SelectMany(industry => Enumerable.Range(0, 6).Select(n => new CatalogQuery { Industries = [industry], TitleContains = $"案例{n}" })))
            .Concat(Industries.Select(industry => new CatalogQuery { Industries = [industry] }))
            .ToArray();
        Assert.True(filters.Length > 64);

        async Task AssertTotalsAsync()
        {
            foreach (var round in new[] { 1, 2 })
            {
                foreach (var filter in filters)
                {
                    var expected = held.Values.Count(e => (filter.Industries.Count == 0 || e.Tags.Industries.Any(filter.Industries.Contains))
                        && e.Title.Contains(filter.TitleContains ?? "", StringComparison.Ordinal));
                    Assert.Equal(expected, (await directory.ListAsync(filter with { Take = 3 })).TotalCount);
                }
            }
        }

        await AssertTotalsAsync();
        var added = Entry(500, version: 1, random);
        await directory.RecordAsync(added);
        held[added.Id.Value] = added;
        await AssertTotalsAsync();
        await directory.ForgetAsync(EntityId.Parse("e3"));
        held.Remove("e3");
        await AssertTotalsAsync();
    }

    private static CatalogEntry Entry(int n, int version, Random random)
    {
        var updated = Start.AddMinutes(random.Next(100_000));
        var tags = new CatalogTags("32", null, [Industries[random.Next(Industries.Length)]], [], [], [], null, null);
        return new CatalogEntry(CatalogKind.Case, EntityId.Parse($"e{n}"), $"案例{random.Next(50):D2}", null, "published", true, Owner.Nobody,
            tags, [], null, updated, Start.AddDays(random.Next(500)), version);
    }

    /// <summary>The listing's orders as the API documents them: the sort key, then the id.</summary>
    private static Comparer<CatalogEntry> Comparer(CatalogSort sort) => Comparer<CatalogEntry>.Create((x, y) =>
    {
        var byKey = sort switch
        {
            CatalogSort.Updated => y.UpdatedAt.CompareTo(x.UpdatedAt),
            CatalogSort.Title => string.CompareOrdinal(x.Title, y.Title),
            _ => y.SortDate.CompareTo(x.SortDate),
        };
        return byKey != 0 ? byKey : string.CompareOrdinal(x.Id.Value, y.Id.Value);
    });
}
