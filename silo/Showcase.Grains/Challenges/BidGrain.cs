using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Orleans.Storage;
using Showcase.Challenges;
using Showcase.Grains.Storage;

namespace Showcase.Grains.Challenges;

/// <summary>
/// One provider's bid on one challenge. It remembers the operations it applied (the last few hundred), so a
/// retried submission returns what it produced instead of applying again.
/// </summary>
/// <remarks>
/// Its state is the only record of a bid, and a bid costs one storage round trip: the grain reads its state on first
/// need rather than on activation, and a first bid (<see cref="ApplyFirstAsync"/>) is written without reading. The
/// write of a grain never stored is an insert that the storage refuses if a row exists (0005's unique index), so a
/// first bid never overwrites a stored one.
/// </remarks>
[GrainType("bid")]
[CollectionAgeLimit(Minutes = IdleMinutes.Entity)]
internal sealed class BidGrain(IServiceProvider services, TimeProvider clock) : Grain, IBidGrain
{
    /// <summary>The name its state is stored under, which the challenge and the provider's list read back (<see cref="Storage.IStoredStates"/>).</summary>
    public const string StateName = "bid";

    private const int OperationsKept = 200;

    private readonly GrainState<State> _stored = new(new State());
    private IGrainStorage? _storage;
    private Task? _read;
    private BidSnapshot? _committed;

    private BidKey Key => BidKey.Parse(this.GetPrimaryKeyString());

    /// <summary>What storage holds (an empty state for a bid never stored).</summary>
    private State Current => _stored.State!;

    private IGrainStorage Storage => _storage ??= services.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);

    public async Task<BidSnapshot> ApplyFirstAsync(string operationId, BidContent content)
    {
        if (_read is null)
        {
            _read = Task.CompletedTask;
            try
            {
                return await ApplyReadAsync(operationId, content, BidStatus.Submitted);
            }
            catch (InconsistentStateException)
            {
                // Stored after all: read it, and apply the operation to what it holds.
                _read = ReadAsync();
            }
        }

        return await ApplyAsync(operationId, content, BidStatus.Submitted);
    }

    public async Task<BidSnapshot> ApplyAsync(string operationId, BidContent? content, BidStatus status)
    {
        await ReadOnceAsync();
        return await ApplyReadAsync(operationId, content, status);
    }

    public async Task<BidSnapshot?> MarkAsync(BidStatus status)
    {
        await ReadOnceAsync();
        if (!_stored.RecordExists || Current.Status == status)
        {
            return _committed;
        }

        return await WriteAsync(Current with { Status = status, Version = Current.Version + 1, UpdatedAt = clock.GetUtcNow() });
    }

    public async Task<BidSnapshot?> GetAsync()
    {
        await ReadOnceAsync();
        return _committed;
    }

    public async Task<BidSnapshot?> AppliedAsync(string operationId)
    {
        await ReadOnceAsync();
        return _committed is not null && Current.Operations.Contains(operationId) ? _committed : null;
    }

    private async Task<BidSnapshot> ApplyReadAsync(string operationId, BidContent? content, BidStatus status)
    {
        var current = Current;
        if (_stored.RecordExists && current.Operations.Contains(operationId))
        {
            return _committed!;
        }

        var now = clock.GetUtcNow();
        return await WriteAsync(current with
        {
            Content = content ?? current.Content,
            Status = status,
            Version = current.Version + 1,
            SubmittedAt = _stored.RecordExists ? current.SubmittedAt : now,
            UpdatedAt = now,
            Operations = [.. current.Operations.TakeLast(OperationsKept - 1), operationId],
        });
    }

    /// <summary>Reads the stored state the first time it is needed; every later call shares that read.</summary>
    private Task ReadOnceAsync() => _read ??= ReadAsync();

    private async Task ReadAsync()
    {
        await Storage.ReadStateAsync(StateName, this.GetGrainId(), _stored);
        _stored.State ??= new State();
        _committed = _stored.RecordExists ? Snapshot(_stored.State) : null;
    }

    private async Task<BidSnapshot> WriteAsync(State next)
    {
        await Storage.WriteOrRestoreAsync(StateName, _stored, next, this);
        return _committed = Snapshot(next);
    }

    private BidSnapshot Snapshot(State stored) =>
        new(Key.Challenge, Key.Provider, stored.Content, stored.Status, stored.Version, stored.SubmittedAt, stored.UpdatedAt);

    internal sealed record State
    {
        public BidContent Content { get; init; } = new();

        public BidStatus Status { get; init; }

        public int Version { get; init; }

        public DateTimeOffset SubmittedAt { get; init; }

        public DateTimeOffset UpdatedAt { get; init; }

        /// <summary>The ids of the operations applied, oldest first.</summary>
        public IReadOnlyList<string> Operations { get; init; } = [];
    }
}
