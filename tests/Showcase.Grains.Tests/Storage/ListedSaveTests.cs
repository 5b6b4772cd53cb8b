namespace Showcase.Grains.Tests.Storage;

/// <summary>
/// The one save protocol (<see cref="Grains.Storage.ListedSave"/>: mark pending → write → record, healed when the
/// listing activates), tested once on probe grains that use nothing else.
/// </summary>
public sealed class ListedSaveTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ASave_IsMarkedWrittenAndRecorded()
    {
        var (listing, probe, key) = Probe();

        await probe.SaveAsync("一");

        var listed = await listing.ReadAsync();
        Assert.Empty(listed.Pending);
        Assert.Equal("一", listed.Entries[key]);
        Assert.Equal("一", await StoredAsync(key));
    }

    [Fact]
    public async Task ARecordThatFails_IsNotThrown_AndTheListingReadsTheGrainBackWhenItActivatesAgain()
    {
        var (listing, probe, key) = Probe();
        await probe.SaveAsync("一");
        await listing.FailAsync(marks: false, records: true);

        await probe.SaveAsync("二");

        var lagging = await listing.ReadAsync();
        Assert.Equal([key], lagging.Pending);
        Assert.Equal("一", lagging.Entries[key]);
        Assert.Equal("二", await StoredAsync(key));

        await listing.DropAsync();
        var healed = await listing.ReadAsync();
        Assert.Empty(healed.Pending);
        Assert.Equal("二", healed.Entries[key]);
    }

    [Fact]
    public async Task AMarkThatFails_WritesNothing()
    {
        var (listing, probe, key) = Probe();
        await probe.SaveAsync("一");
        await listing.FailAsync(marks: true, records: false);

        await Assert.ThrowsAsync<InvalidOperationException>(() => probe.SaveAsync("二"));

        Assert.Equal("一", await probe.GetAsync());
        Assert.Equal("一", await StoredAsync(key));
        Assert.Equal("一", (await listing.ReadAsync()).Entries[key]);
    }

    private (IProbeListingGrain Listing, IListedProbeGrain Probe, string Key) Probe()
    {
        var listing = Guid.NewGuid().ToString("N");
        var key = $"{listing}/p";
        return (fixture.Grains.GetGrain<IProbeListingGrain>(listing), fixture.Grains.GetGrain<IListedProbeGrain>(key), key);
    }

    private async Task<string?> StoredAsync(string key)
    {
        var state = new GrainState<ListedProbeGrain.State>(new ListedProbeGrain.State());
        await fixture.Storage.ReadStateAsync("listed-probe", GrainId.Create("listedprobe", key), state);
        return state.RecordExists ? state.State!.Value : null;
    }
}
