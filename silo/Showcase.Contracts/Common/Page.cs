namespace Showcase.Common;

/// <summary>One page of a listing, with the total count of everything that matched.</summary>
[GenerateSerializer, Immutable, Alias("showcase.page`1")]
public sealed record Page<T>(
    [property: Id(0)] IReadOnlyList<T> Items,
    [property: Id(1)] int TotalCount,
    [property: Id(2)] int Skip,
    [property: Id(3)] int Take)
{
    public const int MaxTake = 100;

    public bool HasNextPage => Skip + Items.Count < TotalCount;

    public bool HasPreviousPage => Skip > 0;

    /// <summary>The page at <paramref name="skip"/> of an already ordered listing, after checking the paging arguments.</summary>
    public static Page<T> Of(IEnumerable<T> ordered, int skip, int take)
    {
        Validate(skip, take);
        var all = ordered.ToList();
        return new Page<T>(all.Skip(skip).Take(take).ToArray(), all.Count, skip, take);
    }

    /// <summary>Every item of a listing, read a full page at a time; <paramref name="pageAt"/> asks for the page at a skip.</summary>
    public static async IAsyncEnumerable<T> AllAsync(Func<int, int, Task<Page<T>>> pageAt)
    {
        for (var skip = 0; ;)
        {
            var page = await pageAt(skip, MaxTake);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            if (!page.HasNextPage || page.Items.Count == 0)
            {
                yield break;
            }

            skip += page.Items.Count;
        }
    }

    /// <summary>Checks paging arguments, with a sentence that says what is allowed.</summary>
    public static void Validate(int skip, int take)
    {
        if (skip < 0 || take < 1 || take > MaxTake)
        {
            throw new DomainException(ErrorCodes.InvalidPaging, Sentence.Of("BadPage", MaxTake));
        }
    }
}
