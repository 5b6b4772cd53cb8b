using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Showcase.Audit;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Diagnostics;

namespace Showcase.Grains.Challenges;

/// <summary>
/// Taking bids: one durable write per bid, the bid grain's own. The challenge keeps its bids' summaries in memory
/// only, read back from the bid grains' stored states when it activates; the board's bid count is written behind
/// (informational), and the provider's list of bids is derived the same way. So an acknowledged bid is stored exactly
/// where its retry looks for it (the bid grain's applied operations), and no second record of it can be missing.
/// </summary>
internal sealed partial class ChallengeGrain
{
    /// <summary>How long the board's bid count may wait: the board writes counts behind anyway, and telling it inside each bid's turn would make one board the pace of every bid in the portal.</summary>
    public static readonly TimeSpan BoardCountDelay = TimeSpan.FromMilliseconds(500);

    private Dictionary<string, BidSummary> _bids = new(StringComparer.Ordinal);
    private BidEligibility? _eligibility;
    private IGrainTimer? _boardCount;

    private BidEligibility Eligibility => _eligibility ??= new BidEligibility(GrainFactory, Key.Tenant);

    public async Task<BidSnapshot> SubmitBidAsync(EntityId provider, BidContent content, string operationId, Actor by)
    {
        var startedAt = Stopwatch.GetTimestamp();
        try
        {
            // A retry of an operation that was applied returns its bid, even after the deadline. A provider with no bid
            // here has no operation applied to look up.
            if (_bids.ContainsKey(provider.Value) && await GrainFactory.GetBid(Key, provider).AppliedAsync(operationId) is { } applied)
            {
                var repeated = await InTurnAsync(() => Task.FromResult(Record(applied)), bid: true);
                ShowcaseTelemetry.RecordBid("repeated", startedAt);
                return repeated;
            }

            var stored = await SubmitNewBidAsync(provider, content, operationId);
            ShowcaseTelemetry.RecordBid("stored", startedAt);
            return stored;
        }
        catch (DomainException refused)
        {
            ShowcaseTelemetry.RecordBid(refused.Code, startedAt);
            throw;
        }
    }

    private Task<BidSnapshot> SubmitNewBidAsync(EntityId provider, BidContent content, string operationId) =>
        InTurnAsync(async () =>
        {
            var current = Existing();
            RequireTakingBids(current);
            content = BidRules.Normalize(content);
            DomainException.ThrowIfAny(BidRules.Check(content));
            DomainException.ThrowIfAny(await Eligibility.CheckProviderAsync(current.Content, provider));
            DomainException.ThrowIfAny(await Eligibility.CheckReferencedCasesAsync(content.ReferencedCases));
            var grain = GrainFactory.GetBid(Key, provider);
            return Record(_bids.ContainsKey(provider.Value)
                ? await grain.ApplyAsync(operationId, content, BidStatus.Submitted)
                : await grain.ApplyFirstAsync(operationId, content));
        }, bid: true);

    public async Task<BidSnapshot> WithdrawBidAsync(EntityId provider, string operationId, Actor by)
    {
        var grain = GrainFactory.GetBid(Key, provider);
        if (await grain.AppliedAsync(operationId) is { } applied)
        {
            return await InTurnAsync(() => Task.FromResult(Record(applied)), bid: true);
        }

        return await InTurnAsync(async () =>
        {
            var current = Existing();
            if (await grain.GetAsync() is not { } bid)
            {
                throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoBidYet"), "provider");
            }

            if (bid.Status == BidStatus.Withdrawn)
            {
                return bid;
            }

            RequireTakingBids(current);
            return Record(await grain.ApplyAsync(operationId, null, BidStatus.Withdrawn));
        }, bid: true);
    }

    public async Task<IReadOnlyList<DomainError>> CheckEligibilityAsync(EntityId provider) =>
        await Eligibility.CheckProviderAsync(Existing().Content, provider);

    private void RequireTakingBids(State current)
    {
        if (current.Status != ChallengeStatus.Open)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("ChallengeTakesNoBids", ChallengeLabels.Status(current.Status)));
        }

        if (clock.GetUtcNow() > current.Content.BidsDue)
        {
            throw new DomainException(ErrorCodes.DeadlinePassed, Sentence.Of("BidsClosed", current.Content.BidsDue is { } due ? ChinaTime.Minutes(due) : ""));
        }
    }

    /// <summary>The summaries of every bid stored for this challenge, read from the bid grains' rows.</summary>
    private async Task LoadBidsAsync(CancellationToken cancellationToken)
    {
        var stored = await storedStates.ReadAsync<BidGrain.State>(BidGrain.StateName, $"{Key}/", cancellationToken: cancellationToken);
        _bids = stored
            .Select(row => new BidSummary(BidKey.Parse(row.Key).Provider, row.State.Status, row.State.Version, row.State.UpdatedAt))
            .ToDictionary(bid => bid.Provider.Value, StringComparer.Ordinal);
    }

    /// <summary>Sets the status of some bids in their grains (each a durable write), and their summaries with them.</summary>
    private async Task MarkBidsAsync(IEnumerable<BidSummary> marked, Func<BidSummary, BidStatus> status)
    {
        foreach (var bid in marked.ToArray())
        {
            var to = status(bid);
            var stored = await GrainFactory.GetBid(Key, bid.Provider).MarkAsync(to);
            _bids[bid.Provider.Value] = bid with { Status = to, Version = stored?.Version ?? bid.Version };
        }
    }

    /// <summary>
    /// Keeps the stored bid's summary (newer versions only) and tells the board the count shortly after, not inside the
    /// bid's turn. The provider's list reads its bids from storage whenever it is asked.
    /// </summary>
    private BidSnapshot Record(BidSnapshot bid)
    {
        var current = Existing();
        var known = _bids.GetValueOrDefault(bid.Provider.Value);
        if (known is not null && known.Version >= bid.Version)
        {
            return bid;
        }

        _bids[bid.Provider.Value] = new BidSummary(bid.Provider, bid.Status, bid.Version, bid.UpdatedAt);
        Committed = Snapshot(current);
        CountChanged();
        return bid;
    }

    /// <summary>The board hears the bid count once, shortly, however many bids come meanwhile.</summary>
    private void CountChanged() =>
        _boardCount ??= this.RegisterGrainTimer(TellBoardCountAsync, BoardCountDelay, Timeout.InfiniteTimeSpan);

    private async Task TellBoardCountAsync(CancellationToken cancellationToken)
    {
        _boardCount?.Dispose();
        _boardCount = null;
        try
        {
            await GrainFactory.GetChallengeBoard(Key.Tenant).RecordAsync(Summary(Committed!));
        }
        catch (Exception ex)
        {
            LogBidsUnheard(logger, ex, Key.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bids on {Challenge} are stored, but the board or a provider's list did not hear of them (the list reads them back when it activates, the board when the challenge does)")]
    private static partial void LogBidsUnheard(ILogger logger, Exception exception, string challenge);
}
