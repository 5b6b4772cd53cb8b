using Showcase.Common;

namespace Showcase.Grains.Challenges;

/// <summary>
/// The turn of a reentrant grain: changes run one at a time, and bids may queue for their turn only up to
/// <see cref="MaxWaiting"/>; the next one is refused at once with <c>BUSY</c> (nothing changed, safe to retry).
/// </summary>
/// <remarks>
/// Why a challenge bounds its queue while a program call simply takes its calls in turn: a challenge is written to
/// straight from the requests of every provider of a portal, all in the last hours before its deadline, and Orleans
/// queues calls to a busy grain without bound — past a few hundred waiting, every bidder times out not knowing
/// whether the bid was taken. Refusing early keeps the wait of the accepted bids short and tells the rest at once.
/// A program call is written to only by its applications' grains, to mark and record a summary, and applications
/// reach it through recommenders in hundreds per call over weeks: its queue stays short, and a refusal would only
/// hand a retry to a grain.
/// </remarks>
internal sealed class BidGate
{
    public const int MaxWaiting = 64;

    private readonly SemaphoreSlim _turn = new(1, 1);
    private int _waitingBids;

    /// <summary>Runs <paramref name="change"/> alone; a bid is refused with <c>BUSY</c> when too many wait.</summary>
    public async Task<T> InTurnAsync<T>(Func<Task<T>> change, bool bid = false)
    {
        if (bid && Interlocked.Increment(ref _waitingBids) > MaxWaiting)
        {
            Interlocked.Decrement(ref _waitingBids);
            throw new DomainException(ErrorCodes.Busy, Sentence.Of("BidGateBusy"));
        }

        try
        {
            await _turn.WaitAsync();
        }
        finally
        {
            if (bid)
            {
                Interlocked.Decrement(ref _waitingBids);
            }
        }

        try
        {
            return await change();
        }
        finally
        {
            _turn.Release();
        }
    }
}
