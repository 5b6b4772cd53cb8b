using Showcase.Grains.Storage;

namespace Showcase.Grains.Tests.Storage;

/// <summary>
/// The scenario list and the challenge board page through <see cref="SortedEntries{TEntry, TFilter}"/>: after
/// hundreds of additions, moves and removals, and with more filters asked than totals are kept, every page of every
/// filter is the full sort's page and every total the full count.
/// </summary>
public sealed class SortedEntriesTests
{
    private sealed record Item(string Id, int Rank, string Colour);

    private sealed record Filter(string? Colour, int? MaxRank);

    private static readonly IComparer<Item> ByRank = Comparer<Item>.Create((x, y) =>
        x.Rank.CompareTo(y.Rank) is var byRank and not 0 ? byRank : string.CompareOrdinal(x.Id, y.Id));

    private static bool Matches(Item item, Filter filter) =>
        (filter.Colour is null || item.Colour == filter.Colour) && (filter.MaxRank is null || item.Rank <= filter.MaxRank);

    [Fact]
    public void EveryPageAndTotal_AfterManyChanges_AndMoreFiltersThanAreKept_IsTheFullSorts()
    {
        var random = new Random(26);
        string[] colours = ["red", "green", "blue"];
        var stored = new Dictionary<string, Item>(StringComparer.Ordinal);
        var entries = new SortedEntries<Item, Filter>(stored, ByRank, Matches);
        var filters = colours.Select(c => new Filter(c, null)).Append(new Filter(null, null))
            .Concat(Enumerable.Range(0, 70).Select(n => new Filter(colours[n % 3], n * 15)))
            .ToArray();
        Assert.True(filters.Length > KeptTotals<Item, Filter>.Capacity);

        for (var round = 0; round < 4; round++)
        {
            for (var i = 0; i < 150; i++)
            {
                var id = $"i{random.Next(400)}";
                entries.Put(id, random.Next(6) == 0 ? null : new Item(id, random.Next(1_000), colours[random.Next(3)]));
            }

            foreach (var filter in filters)
            {
                var expected = stored.Values.Where(e => Matches(e, filter)).Order(ByRank).ToArray();
                var walked = new List<Item>();
                for (var skip = 0; ; skip += 13)
                {
                    var page = entries.Page(filter, skip, 13);
                    Assert.Equal(expected.Length, page.TotalCount);
                    walked.AddRange(page.Items);
                    if (!page.HasNextPage)
                    {
                        break;
                    }
                }

                Assert.Equal(expected, walked);
            }
        }
    }
}
