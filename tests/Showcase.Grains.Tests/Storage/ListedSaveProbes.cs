using Microsoft.Extensions.Logging;
using Showcase.Grains.Storage;

namespace Showcase.Grains.Tests.Storage;

/// <summary>A grain whose summary a listing keeps, saving by <see cref="ListedSave"/> and nothing else.</summary>
[Alias("showcase.tests.listed-probe")]
public interface IListedProbeGrain : IGrainWithStringKey
{
    [Alias("save")]
    Task SaveAsync(string value);

    [Alias("get")]
    Task<string?> GetAsync();
}

/// <summary>The listing of the probes under one key prefix: pending marks and entries, both stored; it can be told to fail.</summary>
[Alias("showcase.tests.probe-listing")]
public interface IProbeListingGrain : IGrainWithStringKey
{
    [Alias("mark")]
    Task MarkPendingAsync(string probe);

    [Alias("record")]
    Task RecordAsync(string probe, string value);

    [Alias("read")]
    Task<ProbeListing> ReadAsync();

    /// <summary>From now on, marks (or records) fail as an unreachable listing's would.</summary>
    [Alias("fail")]
    Task FailAsync(bool marks, bool records);

    /// <summary>Drops this activation, as its host's death would: the next call activates it from storage.</summary>
    [Alias("drop")]
    Task DropAsync();
}

[GenerateSerializer, Immutable, Alias("showcase.tests.probe-listing-state")]
public sealed record ProbeListing(
    [property: Id(0)] IReadOnlyList<string> Pending,
    [property: Id(1)] IReadOnlyDictionary<string, string> Entries);

public sealed class ListedProbeGrain(
    [PersistentState("listed-probe")] IPersistentState<ListedProbeGrain.State> state,
    ILogger<ListedProbeGrain> logger) : Grain, IListedProbeGrain
{
    private string? _committed;

    /// <summary>The listing is named by the probe key's first segment: <c>{listing}/{probe}</c>.</summary>
    private IProbeListingGrain Listing => GrainFactory.GetGrain<IProbeListingGrain>(this.GetPrimaryKeyString().Split('/')[0]);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _committed = state.RecordExists ? state.State.Value : null;
        return Task.CompletedTask;
    }

    public Task SaveAsync(string value) => state.SaveListedAsync(new State { Value = value }, this, new Listing<State>(
        () => Listing.MarkPendingAsync(this.GetPrimaryKeyString()),
        saved => Listing.RecordAsync(this.GetPrimaryKeyString(), saved.Value),
        committed => _committed = committed?.Value), logger);

    public Task<string?> GetAsync() => Task.FromResult(_committed);

    public sealed class State
    {
        public string Value { get; set; } = "";
    }
}

public sealed class ProbeListingGrain([PersistentState("probe-listing")] IPersistentState<ProbeListingGrain.State> state) : Grain, IProbeListingGrain
{
    private bool _failMarks;
    private bool _failRecords;

    /// <summary>Probes that marked themselves and may not have recorded are read back.</summary>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var probe in state.State.Pending.ToArray())
        {
            state.State.Entries[probe] = await GrainFactory.GetGrain<IListedProbeGrain>(probe).GetAsync() ?? "";
            state.State.Pending.Remove(probe);
        }

        await state.WriteStateAsync(cancellationToken);
    }

    public async Task MarkPendingAsync(string probe)
    {
        if (_failMarks)
        {
            throw new InvalidOperationException("The listing cannot be reached.");
        }

        state.State.Pending.Add(probe);
        await state.WriteStateAsync();
    }

    public async Task RecordAsync(string probe, string value)
    {
        if (_failRecords)
        {
            throw new InvalidOperationException("The listing cannot be reached.");
        }

        state.State.Entries[probe] = value;
        state.State.Pending.Remove(probe);
        await state.WriteStateAsync();
    }

    public Task<ProbeListing> ReadAsync() =>
        Task.FromResult(new ProbeListing(state.State.Pending.Order().ToArray(), new Dictionary<string, string>(state.State.Entries)));

    public Task FailAsync(bool marks, bool records)
    {
        (_failMarks, _failRecords) = (marks, records);
        return Task.CompletedTask;
    }

    public Task DropAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public sealed class State
    {
        public HashSet<string> Pending { get; set; } = [];

        public Dictionary<string, string> Entries { get; set; } = [];
    }
}
