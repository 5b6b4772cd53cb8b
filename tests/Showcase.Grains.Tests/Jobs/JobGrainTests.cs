using Showcase.Jobs;

namespace Showcase.Grains.Tests.Jobs;

/// <summary>A job's progress as any host reads it: each host's latest report, cut off when unheard, kept after a deactivation, forgotten when expired.</summary>
[Collection(FakeClockCollection.Name)]
public sealed class JobGrainTests(FakeClockCluster cluster)
{
    [Fact]
    public async Task ALaterReportReplacesAnEarlierOne_AndAFinishedJobStaysFinished()
    {
        var job = cluster.Grains.GetJob(TestTenants.Fresh(), "import-1");
        Assert.Empty(await job.GetAsync());

        await job.ReportAsync(Report("""{"done":1}""", finished: false));
        var started = Assert.Single(await job.GetAsync());
        cluster.Clock.Advance(TimeSpan.FromSeconds(2));
        await job.ReportAsync(Report("""{"done":7}""", finished: true));
        await job.ReportAsync(Report("""{"done":3}""", finished: false));
        var finished = Assert.Single(await job.GetAsync());

        Assert.Equal("""{"done":1}""", started.Report.Progress);
        Assert.Equal("""{"done":7}""", finished.Report.Progress);
        Assert.True(finished.Report.Finished);
        Assert.Equal(started.HeardAt + TimeSpan.FromSeconds(2), finished.HeardAt);
    }

    [Fact]
    public async Task EachHostsRunIsKeptOnItsOwn_AndARunStartedLaterReplacesTheHostsFinishedOne_ButAnOlderRunsLateReportDoesNot()
    {
        var job = cluster.Grains.GetPlatformJob($"search-rebuild-{Guid.NewGuid():N}");
        var first = DateTimeOffset.Parse("2026-12-06T08:00:00+08:00");
        var second = first.AddHours(1);
        await job.ReportAsync(Report("""{"done":9}""", finished: true, "host-a", first));
        await job.ReportAsync(Report("""{"done":4}""", finished: false, "host-b", first));
        var both = await job.GetAsync();

        await job.ReportAsync(Report("""{"done":1}""", finished: false, "host-a", second));
        await job.ReportAsync(Report("""{"done":8}""", finished: false, "host-a", first));
        var rerun = await job.GetAsync();

        Assert.Equal(["host-a", "host-b"], both.Select(s => s.Report.Host));
        Assert.Equal(["""{"done":9}""", """{"done":4}"""], both.Select(s => s.Report.Progress));
        Assert.Equal([("""{"done":1}""", second), ("""{"done":4}""", first)], rerun.Select(s => (s.Report.Progress, s.Report.StartedAt)));
    }

    [Fact]
    public async Task AnUnfinishedJobUnheardForAMinute_IsInterrupted_UntilItsHostReportsAgain()
    {
        var job = cluster.Grains.GetJob(TestTenants.Fresh(), "rebuild-1");
        await job.ReportAsync(Report("{}", finished: false));

        cluster.Clock.Advance(JobTimes.Unheard - TimeSpan.FromSeconds(1));
        var quiet = await job.GetAsync();
        cluster.Clock.Advance(TimeSpan.FromSeconds(2));
        var cutOff = await job.GetAsync();
        await job.ReportAsync(Report("{}", finished: false));
        var heardAgain = await job.GetAsync();

        Assert.False(Assert.Single(quiet).Interrupted);
        Assert.True(Assert.Single(cutOff).Interrupted);
        Assert.False(Assert.Single(heardAgain).Interrupted);
    }

    [Fact]
    public async Task ProgressReportedBetweenSaves_IsWrittenWhenTheGrainDeactivates()
    {
        var tenant = TestTenants.Fresh();
        var job = cluster.Grains.GetJob(tenant, "export-1");
        await job.ReportAsync(Report("""{"read":0}""", finished: false));
        await job.ReportAsync(Report("""{"read":5}""", finished: false));

        await cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero, TestContext.Current.CancellationToken);
        var reactivated = await cluster.Grains.GetJob(tenant, "export-1").GetAsync();

        Assert.Equal("""{"read":5}""", Assert.Single(reactivated).Report.Progress);
    }

    [Fact]
    public async Task ProgressWhileRunning_IsWrittenAtMostEveryFewSeconds()
    {
        var tenant = TestTenants.Fresh();
        var job = cluster.Grains.GetJob(tenant, "import-2");
        await job.ReportAsync(Report("""{"done":0}""", finished: false));
        foreach (var done in new[] { 1, 2, 3 })
        {
            cluster.Clock.Advance(TimeSpan.FromSeconds(1));
            await job.ReportAsync(Report($$"""{"done":{{done}}}""", finished: false));
        }

        var stored = new GrainState<Showcase.Grains.Jobs.JobGrain.State>(new Showcase.Grains.Jobs.JobGrain.State());
        await cluster.Cluster.GrainStorage().ReadStateAsync("job", GrainId.Create("job", $"{tenant}/import-2"), stored);

        Assert.Equal("""{"done":0}""", stored.State!.Hosts!["host-a"].Report.Progress);
        Assert.Equal("""{"done":3}""", Assert.Single(await job.GetAsync()).Report.Progress);
    }

    [Fact]
    public async Task AJobIsForgottenAnHourAfterItWasLastHeard()
    {
        var tenant = TestTenants.Fresh();
        var job = cluster.Grains.GetJob(tenant, "export-2");
        await job.ReportAsync(Report("{}", finished: true));

        cluster.Clock.Advance(JobTimes.Kept - TimeSpan.FromMinutes(1));
        var kept = await job.GetAsync();
        cluster.Clock.Advance(TimeSpan.FromMinutes(2));
        var expired = await job.GetAsync();
        await cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero, TestContext.Current.CancellationToken);

        Assert.Single(kept);
        Assert.Empty(expired);
        Assert.Empty(await cluster.Grains.GetJob(tenant, "export-2").GetAsync());
    }

    [Fact]
    public async Task AHostsRunIsForgottenAnHourAfterItWasLastHeard_WhileAnotherHostsStays()
    {
        var key = $"search-rebuild-{Guid.NewGuid():N}";
        var job = cluster.Grains.GetPlatformJob(key);
        await job.ReportAsync(Report("{}", finished: true, "host-a"));
        cluster.Clock.Advance(TimeSpan.FromMinutes(50));
        await job.ReportAsync(Report("{}", finished: true, "host-b"));

        cluster.Clock.Advance(TimeSpan.FromMinutes(11));
        var left = await job.GetAsync();
        await cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero, TestContext.Current.CancellationToken);

        Assert.Equal(["host-b"], left.Select(s => s.Report.Host));
        Assert.Equal(["host-b"], (await cluster.Grains.GetPlatformJob(key).GetAsync()).Select(s => s.Report.Host));
    }

    private static readonly DateTimeOffset Started = DateTimeOffset.Parse("2026-12-06T09:00:00+08:00");

    private static JobReport Report(string progress, bool finished, string host = "host-a", DateTimeOffset? startedAt = null) =>
        new("import", progress, finished, host, startedAt ?? Started);
}
