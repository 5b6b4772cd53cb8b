using Showcase.Api.Jobs;
using Showcase.Api.Search;

namespace Showcase.Api.Tests.Catalog;

/// <summary>The platform's rebuild as one, from every host's run: what the admin page and <c>searchRebuild</c> show first.</summary>
public sealed class SearchRebuildTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-12-06T09:00:00+08:00");

    [Fact]
    public void WhileOneHostIsStillReading_TheRebuildRuns_AsFarAsThatHost()
    {
        var overall = Rebuild(
            ("a", Run(SearchRebuildState.Completed, 300, 300, finishedAfter: 20)),
            ("b", Run(SearchRebuildState.Running, 120, 300))).Overall;

        Assert.Equal((SearchRebuildState.Running, 120, 300, 40, null), (overall.State, overall.Done, overall.Total, overall.Percent, overall.FinishedAt));
    }

    [Fact]
    public void WhenEveryHostHasFinished_TheRebuildIsCompleted_WhenTheLastOneFinished()
    {
        var overall = Rebuild(
            ("a", Run(SearchRebuildState.Completed, 300, 300, finishedAfter: 20)),
            ("b", Run(SearchRebuildState.Completed, 301, 301, finishedAfter: 35))).Overall;

        Assert.Equal((SearchRebuildState.Completed, 300, 301, Start, Start.AddSeconds(35)), (overall.State, overall.Done, overall.Total, overall.StartedAt, overall.FinishedAt));
    }

    [Fact]
    public void WhenAHostFailed_TheRebuildFailed_SayingWhichHostAndWhy()
    {
        var overall = Rebuild(
            ("a", Run(SearchRebuildState.Completed, 300, 300, finishedAfter: 20)),
            ("b", Run(SearchRebuildState.Failed, 80, 300, finishedAfter: 9) with { Error = "磁盘已满" })).Overall;

        Assert.Equal((SearchRebuildState.Failed, "b：磁盘已满"), (overall.State, overall.Error));
    }

    [Fact]
    public void OnOneHost_ItsErrorIsShownAsItIs()
    {
        var overall = Rebuild(("a", Run(SearchRebuildState.Failed, 0, 0, finishedAfter: 1) with { Error = "磁盘已满" })).Overall;

        Assert.Equal("磁盘已满", overall.Error);
    }

    private static SearchRebuild Rebuild(params (string Host, SearchRebuildProgress Run)[] hosts) =>
        new([.. hosts.Select(h => new HostProgress<SearchRebuildProgress>(h.Host, h.Run))]);

    private static SearchRebuildProgress Run(SearchRebuildState state, int done, int total, int? finishedAfter = null) =>
        new(state, done, total, Start, finishedAfter is { } seconds ? Start.AddSeconds(seconds) : null, null);
}
