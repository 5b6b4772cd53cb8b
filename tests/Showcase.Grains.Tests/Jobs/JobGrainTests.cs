using Showcase.Jobs;

namespace Showcase.Grains.Tests.Jobs;

/// <summary>A job's progress as any host reads it: the latest report, cut off when unheard, kept after a deactivation, forgotten when expired.</summary>
[Collection(FakeClockCollection.Name)]
public sealed class JobGrainTests(FakeClockCluster cluster)
{
    [Fact]
    public async Task ALaterReportReplacesAnEarlierOne_AndAFinishedJobStaysFinished()
    {
        var job = cluster.Grains.GetJob(TestTenants.Fresh(), "import-1");
        Assert.Null(await job.GetAsync());

        await job.ReportAsync(Report("""{"done":1}""", finished: false));
        var started = await job.GetAsync();
        cluster.Clock.Advance(TimeSpan.FromSeconds(2));
        await job.ReportAsync(Report("""{"done":7}""", finished: true));
        await job.ReportAsync(Report("""{"done":3}""", finished: false));
        var finished = await job.GetAsync();

        Assert.Equal("""{"done":1}""", started!.Report.Progress);
        Assert.Equal("""{"done":7}""", finished!.Report.Progress);
        Assert.True(finished.Report.Finished);
        Assert.Equal(started.StartedAt, finished.StartedAt);
        Assert.Equal(started.StartedAt + TimeSpan.FromSeconds(2), finished.HeardAt);
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

        Assert.False(quiet!.Interrupted);
        Assert.True(cutOff!.Interrupted);
        Assert.False(heardAgain!.Interrupted);
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

        Assert.Equal("""{"read":5}""", reactivated!.Report.Progress);
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

        Assert.Equal("""{"done":0}""", stored.State!.Report!.Progress);
        Assert.Equal("""{"done":3}""", (await job.GetAsync())!.Report.Progress);
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

        Assert.NotNull(kept);
        Assert.Null(expired);
        Assert.Null(await cluster.Grains.GetJob(tenant, "export-2").GetAsync());
    }

    private static JobReport Report(string progress, bool finished) => new("import", progress, finished, "host-a");
}
