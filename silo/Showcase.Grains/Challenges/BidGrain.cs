using Showcase.Challenges;
using Showcase.Grains.Storage;

namespace Showcase.Grains.Challenges;

/// <summary>
/// One provider's bid on one challenge. It remembers the operations it applied (the last few hundred), so a
/// retried submission returns what it produced instead of applying again.
/// </summary>
[GrainType("bid")]
internal sealed class BidGrain(
    [PersistentState("bid")] IPersistentState<BidGrain.State> state,
    TimeProvider clock) : Grain, IBidGrain
{
    private const int OperationsKept = 200;

    private BidSnapshot? _committed;

    private BidKey Key => BidKey.Parse(this.GetPrimaryKeyString());

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _committed = state.RecordExists ? Snapshot(state.State) : null;
        return Task.CompletedTask;
    }

    public async Task<BidSnapshot> ApplyAsync(string operationId, BidContent? content, BidStatus status)
    {
        var current = state.State;
        if (state.RecordExists && current.Operations.Contains(operationId))
        {
            return _committed!;
        }

        var now = clock.GetUtcNow();
        var next = current with
        {
            Content = content ?? current.Content,
            Status = status,
            Version = current.Version + 1,
            SubmittedAt = state.RecordExists ? current.SubmittedAt : now,
            UpdatedAt = now,
            Operations = [.. current.Operations.TakeLast(OperationsKept - 1), operationId],
        };
        await state.WriteOrRestoreAsync(next, this);
        return _committed = Snapshot(next);
    }

    public async Task<BidSnapshot?> MarkAsync(BidStatus status)
    {
        if (!state.RecordExists || state.State.Status == status)
        {
            return _committed;
        }

        var next = state.State with { Status = status, Version = state.State.Version + 1, UpdatedAt = clock.GetUtcNow() };
        await state.WriteOrRestoreAsync(next, this);
        return _committed = Snapshot(next);
    }

    public Task<BidSnapshot?> GetAsync() => Task.FromResult(_committed);

    public Task<BidSnapshot?> AppliedAsync(string operationId) =>
        Task.FromResult(state.RecordExists && _committed is not null && state.State.Operations.Contains(operationId) ? _committed : null);

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
