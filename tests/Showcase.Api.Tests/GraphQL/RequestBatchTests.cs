using Showcase.Api.GraphQL.Batching;

namespace Showcase.Api.Tests.GraphQL;

/// <summary>The keys a list's items ask for are read together, each distinct key once; later keys form the next read.</summary>
public sealed class RequestBatchTests
{
    [Fact]
    public async Task KeysAskedForBeforeTheFirstAnswer_AreReadInOneGo_EachOnce()
    {
        var reads = new List<string[]>();
        var batch = new RequestBatch<string, string>(keys => Read(reads, keys));

        var pending = new[] { "a", "b", "a", "c" }.Select(batch.Load).ToArray();
        var answers = await Task.WhenAll(pending.Select(p => p.GetResultAsync(TestContext.Current.CancellationToken)));

        Assert.Equal(["A", "B", "A", "C"], answers);
        Assert.Equal(["a", "b", "c"], Assert.Single(reads).Order());
    }

    [Fact]
    public async Task KeysAskedForLater_AreReadNext_AndAKeyAlreadyReadIsNotReadAgain()
    {
        var reads = new List<string[]>();
        var batch = new RequestBatch<string, string>(keys => Read(reads, keys));
        await batch.Load("a").GetResultAsync(TestContext.Current.CancellationToken);

        var again = batch.Load("a");
        var next = batch.Load("d");
        var answers = await Task.WhenAll(again.GetResultAsync(TestContext.Current.CancellationToken), next.GetResultAsync(TestContext.Current.CancellationToken));

        Assert.Equal(["A", "D"], answers);
        Assert.Equal([["a"], ["d"]], reads);
    }

    [Fact]
    public async Task AKeyTheReadDoesNotAnswer_GivesDefault()
    {
        var batch = new RequestBatch<string, string>(_ => Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>()));

        Assert.Null(await batch.Load("x").GetResultAsync(TestContext.Current.CancellationToken));
    }

    private static Task<IReadOnlyDictionary<string, string>> Read(List<string[]> reads, IReadOnlyCollection<string> keys)
    {
        lock (reads)
        {
            reads.Add([.. keys]);
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(keys.ToDictionary(k => k, k => k.ToUpperInvariant()));
    }
}
