using Microsoft.Extensions.Logging;
using Showcase.Audit;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Grains.Audit;
using Showcase.Grains.Rules;
using Showcase.Grains.Storage;
using Showcase.Listings;
using Showcase.Notifications;
using Showcase.Tenancy;

namespace Showcase.Grains.Challenges;

/// <summary>
/// A challenge (榜单) and the rules of taking it up. Calls interleave only to let reads through and to count who is
/// waiting: every change runs alone, in turn, and bids past the <see cref="BidGate"/>'s bound are refused at once with
/// <c>BUSY</c> instead of queueing without bound. Its bids are not part of its state: each bid grain's own write is
/// the only record of a bid, and the challenge reads its bids' summaries back from storage when it activates
/// (ChallengeGrain.Bids.cs).
/// </summary>
[GrainType("challenge"), Reentrant]
[CollectionAgeLimit(Minutes = IdleMinutes.Entity)]
internal sealed partial class ChallengeGrain(
    [PersistentState("challenge")] IPersistentState<ChallengeGrain.State> state,
    IStoredStates storedStates,
    TimeProvider clock,
    ILogger<ChallengeGrain> logger) : Grain, IChallengeGrain
{
    private static readonly Dictionary<ChallengeStatus, ChallengeStatus[]> Steps = new()
    {
        [ChallengeStatus.Closed] = [ChallengeStatus.Open],
        [ChallengeStatus.Evaluating] = [ChallengeStatus.Open, ChallengeStatus.Closed],
        [ChallengeStatus.Delivering] = [ChallengeStatus.Awarded],
        [ChallengeStatus.Accepted] = [ChallengeStatus.Delivering],
        [ChallengeStatus.Failed] = [ChallengeStatus.Delivering],
        [ChallengeStatus.Cancelled] = [ChallengeStatus.Draft, ChallengeStatus.Open, ChallengeStatus.Closed, ChallengeStatus.Evaluating, ChallengeStatus.Awarded],
    };

    private readonly BidGate _gate = new();
    private ChallengeKey? _key;
    private Listing<State>? _listing;

    private ChallengeKey Key => _key ??= ChallengeKey.Parse(this.GetPrimaryKeyString());

    /// <summary>What has been written: reads never see a change in flight.</summary>
    private ChallengeSnapshot? Committed { get; set; }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.RecordExists)
        {
            await LoadBidsAsync(cancellationToken);
        }

        Committed = state.RecordExists ? Snapshot(state.State) : null;
        if (_bids.Count > 0)
        {
            // The board writes bid counts behind: it hears again the count the stored bids add up to.
            CountChanged();
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_boardCount is not null)
        {
            await TellBoardCountAsync(cancellationToken);
        }
    }

    public Task<ChallengeSnapshot?> GetAsync() => Task.FromResult(Committed);

    public Task<ChallengeSnapshot> CreateAsync(ChallengeContent content, Owner owner, Actor by) => InTurnAsync(async () =>
    {
        content = ChallengeRules.Normalize(content);
        if (state.RecordExists)
        {
            return state.State.Content.Equals(content)
                ? Committed!
                : throw new DomainException(ErrorCodes.AlreadyExists, Sentence.Of("ChallengeExists", Key.Id), "id");
        }

        var now = clock.GetUtcNow();
        DomainException.ThrowIfAny(ChallengeRules.CheckDraft(content, now));
        return await SaveAsync(new State
        {
            Content = content,
            Owner = owner,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
            History = [new AuditEntry(now, by, "创建榜单", content.Title ?? "")],
        });
    });

    public Task DeleteDraftAsync(Actor by) => InTurnAsync(async () =>
    {
        if (!state.RecordExists)
        {
            return true;
        }

        if (state.State.Status != ChallengeStatus.Draft)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("ChallengeDeleteOnlyDraft", ChallengeLabels.Status(state.State.Status)), "status");
        }

        await state.DeleteListedAsync(Listed);
        LogDraftDeleted(logger, Key.ToString(), by.Name);
        return true;
    });

    public Task<ChallengeSnapshot> EditAsync(ChallengeContent content, int expectedVersion, Actor by) => InTurnAsync(async () =>
    {
        var current = Existing();
        if (expectedVersion != current.Version)
        {
            throw new DomainException(ErrorCodes.VersionConflict,
                Sentence.Of("ChallengeChangedMeanwhile", expectedVersion, current.Version), "version");
        }

        if (current.Status is not (ChallengeStatus.Draft or ChallengeStatus.Open))
        {
            throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("ChallengeFinished", ChallengeLabels.Status(current.Status)));
        }

        content = ChallengeRules.Normalize(content);
        DomainException.ThrowIfAny(current.Status == ChallengeStatus.Open ? ChallengeRules.CheckOpenable(content, clock.GetUtcNow()) : ChallengeRules.CheckDraft(content, clock.GetUtcNow(), current.Content));
        if (current.Content.Equals(content))
        {
            return Committed!;
        }

        // Bids were made against the old text: each must be looked at again and resubmitted.
        var renewed = current.Status == ChallengeStatus.Open
            ? _bids.Values.Where(b => b.Status == BidStatus.Submitted).ToArray()
            : [];
        await MarkBidsAsync(renewed, _ => BidStatus.NeedsRenewal);

        var saved = await SaveAsync(Changed(current with { Content = content }, by, "修改榜单",
            renewed.Length > 0 ? $"{renewed.Length} 份揭榜方案需重新确认" : ""));
        await TellBiddersAsync(renewed.Select(b => b.Provider), Notice.Of("ChallengeChanged", content.Title));
        return saved;
    });

    public Task<ChallengeSnapshot> OpenAsync(Actor by) => InTurnAsync(async () =>
    {
        var current = Existing();
        if (current.Status == ChallengeStatus.Open)
        {
            return Committed!;
        }

        Require(current, ChallengeStatus.Open, ChallengeStatus.Draft);
        DomainException.ThrowIfAny(ChallengeRules.CheckOpenable(current.Content, clock.GetUtcNow()));
        return await SaveAsync(Changed(current with { Status = ChallengeStatus.Open, OpenedAt = clock.GetUtcNow(), StatusNote = null }, by, "发榜"));
    });

    public Task<ChallengeSnapshot> AdvanceAsync(ChallengeStatus to, string? note, Actor by) => InTurnAsync(async () =>
    {
        var current = Existing();
        if (current.Status == to)
        {
            // Accepting again completes what a crash may have cut short: the draft cases.
            if (to == ChallengeStatus.Accepted)
            {
                await DraftCasesAsync(current, by);
            }

            return Committed!;
        }

        if (!Steps.TryGetValue(to, out var from))
        {
            throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("NotADirectStep", ChallengeLabels.Status(to)), "to");
        }

        Require(current, to, from);
        if (to is ChallengeStatus.Failed or ChallengeStatus.Cancelled or ChallengeStatus.Accepted && string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException(ErrorCodes.Required, to switch
            {
                ChallengeStatus.Accepted => Sentence.Of("AcceptanceConclusionRequired"),
                ChallengeStatus.Failed => Sentence.Of("RejectionReasonRequired"),
                _ => Sentence.Of("CancellationReasonRequired"),
            }, "note");
        }

        var saved = await SaveAsync(Changed(current with { Status = to, StatusNote = note?.Trim() }, by, ChallengeLabels.Status(to), note?.Trim() ?? ""));
        if (to == ChallengeStatus.Accepted)
        {
            await DraftCasesAsync(state.State, by);
        }

        return saved;
    });

    public Task<ChallengeSnapshot> AwardAsync(IReadOnlyList<EntityId> providers, string? note, Actor by) => InTurnAsync(async () =>
    {
        var current = Existing();
        Require(current, ChallengeStatus.Awarded, ChallengeStatus.Evaluating);
        var chosen = providers.Distinct().ToArray();
        var errors = new List<DomainError>();
        if (chosen.Length == 0)
        {
            errors.Add(new DomainError(ErrorCodes.Required, Sentence.Of("ChooseAWinningBid"), "providers"));
        }

        // An award cut short (some bids marked, the challenge not yet saved) may be made again: its winners count as taken.
        foreach (var provider in chosen.Where(p => _bids.GetValueOrDefault(p.Value) is not { Status: BidStatus.Submitted or BidStatus.Awarded }))
        {
            errors.Add(new DomainError(ErrorCodes.InvalidValue, Sentence.Of("NoValidBid", await ProviderNameAsync(provider)), "providers"));
        }

        DomainException.ThrowIfAny(errors);
        await MarkBidsAsync(_bids.Values.Where(b => b.Status != BidStatus.Withdrawn),
            bid => chosen.Contains(bid.Provider) ? BidStatus.Awarded : BidStatus.NotAwarded);

        var winners = new List<string>();
        foreach (var provider in chosen)
        {
            winners.Add(await ProviderNameAsync(provider));
        }

        var saved = await SaveAsync(Changed(current with { Status = ChallengeStatus.Awarded, StatusNote = note?.Trim() }, by, "挂帅", string.Join("、", winners)));
        await TellBiddersAsync(_bids.Values.Where(b => b.Status == BidStatus.Awarded).Select(b => b.Provider), Notice.Of("BidWon", current.Content.Title));
        await TellBiddersAsync(_bids.Values.Where(b => b.Status == BidStatus.NotAwarded).Select(b => b.Provider), Notice.Of("BidLost", current.Content.Title));
        return saved;
    });

    /// <summary>A provider's name as people read it (its id only when it has no entry here).</summary>
    private async Task<string> ProviderNameAsync(EntityId provider) =>
        (await GrainFactory.GetProvider(new CatalogKey(Key.Tenant, provider)).GetEntryAsync())?.Title ?? provider.Value;

    private async Task TellBiddersAsync(IEnumerable<EntityId> providers, Notice notice, string? link = null)
    {
        foreach (var bidder in providers)
        {
            try
            {
                await GrainFactory.TellProviderAsync(new CatalogKey(Key.Tenant, bidder),
                    Notification.Of(EntityId.New().Value, clock.GetUtcNow(), notice, link ?? PortalPaths.Of(Key.Tenant).Challenges.Item(Key.Id)));
            }
            catch (Exception ex)
            {
                // The change is stored; a notice that did not arrive is logged, not a reason to refuse it.
                LogNoticeFailed(logger, ex, bidder.Value, Key.ToString());
            }
        }
    }

    private Task<T> InTurnAsync<T>(Func<Task<T>> change, bool bid = false) => _gate.InTurnAsync(change, bid);

    /// <summary>Text that must be given, at most <paramref name="max"/> characters, trimmed; refused in words otherwise.</summary>
    private static string RequiredText(string? value, int max, string field, string label)
    {
        var text = Clean.Text(value);
        DomainException.ThrowIfAny(new RuleErrors().Required(text, field, label).MaxLength(text, max, field, label));
        return text!;
    }

    private State Existing() =>
        state.RecordExists ? state.State : throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchChallenge", Key.Id), "id");

    private static void Require(State current, ChallengeStatus to, params ChallengeStatus[] from)
    {
        if (!from.Contains(current.Status))
        {
            throw new DomainException(ErrorCodes.InvalidTransition,
                Sentence.Of("ChallengeStepNotNow", ChallengeLabels.Status(current.Status), ChallengeLabels.Step(to)));
        }
    }

    private State Changed(State next, Actor by, string action, string detail = "") => next with
    {
        Version = next.Version + 1,
        UpdatedAt = clock.GetUtcNow(),
        History = next.History.With(clock, by, action, detail),
    };

    /// <summary>Saves by the one protocol (see <see cref="ListedSave"/>): the board's pending mark, the write, the summary.</summary>
    private async Task<ChallengeSnapshot> SaveAsync(State next)
    {
        await state.SaveListedAsync(next, this, Listed, logger);
        return Committed!;
    }

    private Listing<State> Listed => _listing ??= new Listing<State>(
        () => GrainFactory.GetChallengeBoard(Key.Tenant).MarkPendingAsync(Key.Id),
        _ => GrainFactory.GetChallengeBoard(Key.Tenant).RecordAsync(Summary(Committed!)),
        committed => Committed = committed is null ? null : Snapshot(committed),
        () => GrainFactory.GetChallengeBoard(Key.Tenant).ForgetAsync(Key.Id));

    internal static ChallengeSummary Summary(ChallengeSnapshot c) =>
        new(c.Key.Id, c.Content.Title ?? "", c.Status, c.Content.Industry, c.Content.Domain, c.Content.BudgetMax, c.Content.BidsDue,
            c.StandingBids.Count(), c.Owner, c.Version, c.UpdatedAt);

    private ChallengeSnapshot Snapshot(State s) =>
        new(Key, s.Content, s.Status, s.Version, s.Owner, s.CreatedAt, s.UpdatedAt, s.OpenedAt, _bids.Values.OrderBy(b => b.UpdatedAt).ToArray(), s.StatusNote,
            s.Evaluation, s.Questions, s.Milestones);

    [LoggerMessage(Level = LogLevel.Information, Message = "Challenge draft {Challenge} deleted by {Actor}")]
    private static partial void LogDraftDeleted(ILogger logger, string challenge, string actor);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell bidder {Provider} about challenge {Challenge}")]
    private static partial void LogNoticeFailed(ILogger logger, Exception exception, string provider, string challenge);

    internal sealed record State
    {
        public ChallengeContent Content { get; init; } = new();

        public ChallengeStatus Status { get; init; }

        public Owner Owner { get; init; } = Owner.Nobody;

        public int Version { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public DateTimeOffset UpdatedAt { get; init; }

        public DateTimeOffset? OpenedAt { get; init; }

        public string? StatusNote { get; init; }

        public IReadOnlyList<AuditEntry> History { get; init; } = [];

        public ChallengeEvaluation Evaluation { get; init; } = ChallengeEvaluation.None;

        public IReadOnlyList<ChallengeQuestion> Questions { get; init; } = [];

        public IReadOnlyList<ChallengeMilestone> Milestones { get; init; } = [];
    }
}
