using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Showcase.Audit;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Diagnostics;
using Showcase.Grains.Audit;
using Showcase.Grains.Rules;
using Showcase.Grains.Storage;
using Showcase.Listings;
using Showcase.Notifications;
using Showcase.Providers;
using Showcase.Tenancy;

namespace Showcase.Grains.Challenges;

/// <summary>
/// A challenge (榜单) and the rules of taking it up. Calls interleave only to let reads through and to count who is
/// waiting: every change runs alone, in turn, and when more bids wait for their turn than <see cref="MaxWaitingBids"/>
/// the next one is refused at once with <c>BUSY</c> (nothing changed, safe to retry) instead of queueing without bound.
/// </summary>
[GrainType("challenge"), Reentrant]
internal sealed partial class ChallengeGrain(
    [PersistentState("challenge")] IPersistentState<ChallengeGrain.State> state,
    TimeProvider clock,
    ILogger<ChallengeGrain> logger) : Grain, IChallengeGrain
{
    public const int MaxWaitingBids = 64;

    private static readonly Dictionary<ChallengeStatus, ChallengeStatus[]> Steps = new()
    {
        [ChallengeStatus.Closed] = [ChallengeStatus.Open],
        [ChallengeStatus.Evaluating] = [ChallengeStatus.Open, ChallengeStatus.Closed],
        [ChallengeStatus.Delivering] = [ChallengeStatus.Awarded],
        [ChallengeStatus.Accepted] = [ChallengeStatus.Delivering],
        [ChallengeStatus.Failed] = [ChallengeStatus.Delivering],
        [ChallengeStatus.Cancelled] = [ChallengeStatus.Draft, ChallengeStatus.Open, ChallengeStatus.Closed, ChallengeStatus.Evaluating, ChallengeStatus.Awarded],
    };

    private readonly SemaphoreSlim _turn = new(1, 1);
    private int _waitingBids;
    private ChallengeKey? _key;
    private Listing<State>? _listing;

    private ChallengeKey Key => _key ??= ChallengeKey.Parse(this.GetPrimaryKeyString());

    /// <summary>What has been written: reads never see a change in flight.</summary>
    private ChallengeSnapshot? Committed { get; set; }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Committed = state.RecordExists ? Snapshot(state.State) : null;
        return Task.CompletedTask;
    }

    public Task<ChallengeSnapshot?> GetAsync() => Task.FromResult(Committed);

    public Task<ChallengeSnapshot> CreateAsync(ChallengeContent content, Owner owner, Actor by) => InTurnAsync(async () =>
    {
        content = ChallengeRules.Normalize(content);
        if (state.RecordExists)
        {
            return state.State.Content.Equals(content)
                ? Committed!
                : throw new DomainException(ErrorCodes.AlreadyExists, $"编号为“{Key.Id}”的榜单已经存在。", "id");
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
            throw new DomainException(ErrorCodes.InvalidTransition, $"榜单{ChallengeLabels.Status(state.State.Status)}，只有还没发榜的草稿可以删除；已发榜的榜单可以撤榜。", "status");
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
                $"该榜单在您编辑期间已被修改（您编辑的是第 {expectedVersion} 版，现在是第 {current.Version} 版），请刷新后重新编辑。", "version");
        }

        if (current.Status is not (ChallengeStatus.Draft or ChallengeStatus.Open))
        {
            throw new DomainException(ErrorCodes.InvalidTransition, $"榜单已{ChallengeLabels.Status(current.Status)}，不能再修改。");
        }

        content = ChallengeRules.Normalize(content);
        DomainException.ThrowIfAny(current.Status == ChallengeStatus.Open ? ChallengeRules.CheckOpenable(content, clock.GetUtcNow()) : ChallengeRules.CheckDraft(content, clock.GetUtcNow(), current.Content));
        if (current.Content.Equals(content))
        {
            return Committed!;
        }

        // Bids were made against the old text: each must be looked at again and resubmitted.
        var renewed = current.Status == ChallengeStatus.Open
            ? current.Bids.Values.Where(b => b.Status == BidStatus.Submitted).ToArray()
            : [];
        var bids = await MarkBidsAsync(current, renewed, _ => BidStatus.NeedsRenewal);

        var saved = await SaveAsync(Changed(current with { Content = content, Bids = bids }, by, "修改榜单",
            renewed.Length > 0 ? $"{renewed.Length} 份揭榜方案需重新确认" : ""));
        await TellBiddersAsync(renewed.Select(b => b.Provider), "榜单已修改，请重新确认您的揭榜方案", $"“{content.Title}”的内容有修改，您的揭榜方案需要重新确认后再次提交。");
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
            throw new DomainException(ErrorCodes.InvalidTransition, $"“{ChallengeLabels.Status(to)}”不是可以直接进入的一步。", "to");
        }

        Require(current, to, from);
        if (to is ChallengeStatus.Failed or ChallengeStatus.Cancelled or ChallengeStatus.Accepted && string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException(ErrorCodes.Required, to switch
            {
                ChallengeStatus.Accepted => "请写明验收结论（例如各项考核指标的实测值），它会写入中榜单位的案例。",
                ChallengeStatus.Failed => "请写明验收未通过的原因。",
                _ => "请写明撤榜的原因。",
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
            errors.Add(new DomainError(ErrorCodes.Required, "请至少选择一份中榜的揭榜方案。", "providers"));
        }

        foreach (var provider in chosen.Where(p => current.Bids.GetValueOrDefault(p.Value) is not { Status: BidStatus.Submitted }))
        {
            errors.Add(new DomainError(ErrorCodes.InvalidValue, $"“{await ProviderNameAsync(provider)}”没有有效的揭榜方案（未揭榜、已撤回或待重新确认），不能中榜。", "providers"));
        }

        DomainException.ThrowIfAny(errors);
        var bids = await MarkBidsAsync(current, current.Bids.Values.Where(b => b.Status is BidStatus.Submitted or BidStatus.NeedsRenewal),
            bid => chosen.Contains(bid.Provider) ? BidStatus.Awarded : BidStatus.NotAwarded);

        var winners = new List<string>();
        foreach (var provider in chosen)
        {
            winners.Add(await ProviderNameAsync(provider));
        }

        var saved = await SaveAsync(Changed(current with { Status = ChallengeStatus.Awarded, Bids = bids, StatusNote = note?.Trim() }, by, "挂帅", string.Join("、", winners)));
        await TellBiddersAsync(bids.Values.Where(b => b.Status == BidStatus.Awarded).Select(b => b.Provider), "恭喜中榜", $"您对“{current.Content.Title}”的揭榜方案已中榜（挂帅）。");
        await TellBiddersAsync(bids.Values.Where(b => b.Status == BidStatus.NotAwarded).Select(b => b.Provider), "揭榜结果", $"“{current.Content.Title}”的评审已结束，您的方案未中榜。");
        return saved;
    });

    public async Task<BidSnapshot> SubmitBidAsync(EntityId provider, BidContent content, string operationId, Actor by)
    {
        var startedAt = Stopwatch.GetTimestamp();
        try
        {
            // A retry of an operation that was applied returns its bid, even after the deadline.
            if (await GrainFactory.GetBid(Key, provider).AppliedAsync(operationId) is { } applied)
            {
                var repeated = await InTurnAsync(() => RecordAsync(applied), bid: true);
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
            DomainException.ThrowIfAny(await CheckEligibilityAsync(current.Content, provider));
            DomainException.ThrowIfAny(await CheckReferencedCasesAsync(content.ReferencedCases));
            var bid = await GrainFactory.GetBid(Key, provider).ApplyAsync(operationId, content, BidStatus.Submitted);
            return await RecordAsync(bid);
        }, bid: true);

    public async Task<BidSnapshot> WithdrawBidAsync(EntityId provider, string operationId, Actor by)
    {
        var grain = GrainFactory.GetBid(Key, provider);
        if (await grain.AppliedAsync(operationId) is { } applied)
        {
            return await InTurnAsync(() => RecordAsync(applied), bid: true);
        }

        return await InTurnAsync(async () =>
        {
            var current = Existing();
            if (await grain.GetAsync() is not { } bid)
            {
                throw new DomainException(ErrorCodes.NotFound, "您还没有揭这个榜。", "provider");
            }

            if (bid.Status == BidStatus.Withdrawn)
            {
                return bid;
            }

            RequireTakingBids(current);
            return await RecordAsync(await grain.ApplyAsync(operationId, null, BidStatus.Withdrawn));
        }, bid: true);
    }

    /// <summary>Sets the status of some bids, in their grains and in the summaries; the summaries to store with the change.</summary>
    private async Task<Dictionary<string, BidSummary>> MarkBidsAsync(State current, IEnumerable<BidSummary> marked, Func<BidSummary, BidStatus> status)
    {
        var bids = new Dictionary<string, BidSummary>(current.Bids, StringComparer.Ordinal);
        foreach (var bid in marked)
        {
            var to = status(bid);
            var stored = await GrainFactory.GetBid(Key, bid.Provider).MarkAsync(to);
            bids[bid.Provider.Value] = bid with { Status = to, Version = stored?.Version ?? bid.Version };
        }

        return bids;
    }

    /// <summary>Keeps the bid's summary (newer versions only); returns the bid once its summary is stored.</summary>
    private async Task<BidSnapshot> RecordAsync(BidSnapshot bid)
    {
        var current = Existing();
        if (current.Bids.GetValueOrDefault(bid.Provider.Value) is { } known && known.Version >= bid.Version)
        {
            return bid;
        }

        var bids = new Dictionary<string, BidSummary>(current.Bids, StringComparer.Ordinal)
        {
            [bid.Provider.Value] = new BidSummary(bid.Provider, bid.Status, bid.Version, bid.UpdatedAt),
        };
        // The provider's list of challenges bid on first, so a bid the challenge holds is always in it (adding is idempotent).
        await GrainFactory.GetProviderBids(Key.Tenant, bid.Provider).AddAsync(Key.Id);

        // Bids change the challenge's summary list, not its version: the poster's edits are not in conflict with bidders.
        // The board's bid count is informational, so a bid does not pay for a pending mark.
        await SaveAsync(current with { Bids = bids }, markPending: false);
        return bid;
    }

    private void RequireTakingBids(State current)
    {
        if (current.Status != ChallengeStatus.Open)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, $"榜单{ChallengeLabels.Status(current.Status)}，现在不接受揭榜。");
        }

        if (clock.GetUtcNow() > current.Content.BidsDue)
        {
            throw new DomainException(ErrorCodes.DeadlinePassed, $"揭榜已于 {(current.Content.BidsDue is { } due ? ChinaTime.Minutes(due) : "")} 截止，不能再提交、修改或撤回揭榜方案。");
        }
    }

    public async Task<IReadOnlyList<DomainError>> CheckEligibilityAsync(EntityId provider) =>
        await CheckEligibilityAsync(Existing().Content, provider);

    /// <summary>揭榜条件, each unmet one as its own sentence.</summary>
    private async Task<List<DomainError>> CheckEligibilityAsync(ChallengeContent challenge, EntityId provider)
    {
        var errors = new List<DomainError>();
        var snapshot = await GrainFactory.GetProvider(new CatalogKey(Key.Tenant, provider)).GetAsync();
        if (snapshot is not { Status: ProviderStatus.Listed })
        {
            errors.Add(new DomainError(ErrorCodes.NotEligible, "只有已入库的解决方案供应商可以揭榜，请先完善并提交供应商资料。", "provider"));
            return errors;
        }

        var eligibility = challenge.Eligibility;
        var profile = snapshot.Profile;
        if (eligibility.ApplicantKinds.Count > 0 && (profile.Kind is null || !eligibility.ApplicantKinds.Contains(profile.Kind)))
        {
            errors.Add(new DomainError(ErrorCodes.NotEligible, "本榜单只接受以下类型的单位揭榜：" + string.Join("、", eligibility.ApplicantKinds.Select(Reference.ReferenceData.ApplicantKinds.NameOf)) + "。", "provider"));
        }

        if (eligibility.Provinces.Count > 0 && (profile.Province is null || !eligibility.Provinces.Contains(profile.Province)))
        {
            errors.Add(new DomainError(ErrorCodes.NotEligible, "本榜单只接受注册在以下地区的单位揭榜：" + string.Join("、", eligibility.Provinces.Select(Reference.ReferenceData.Provinces.NameOf)) + "。", "provider"));
        }

        var missing = eligibility.Qualifications.Except(profile.Qualifications).ToArray();
        if (missing.Length > 0)
        {
            errors.Add(new DomainError(ErrorCodes.NotEligible, "缺少本榜单要求的资质：" + string.Join("、", missing) + "。", "provider"));
        }

        if (eligibility.MinDeliveredCases > 0)
        {
            var delivered = await GrainFactory.GetCatalogDirectory(Key.Tenant, CatalogKind.Case).ListAsync(new CatalogQuery
            {
                LinkedTo = provider,
                Industries = challenge.Industry is null ? [] : [challenge.Industry],
                Take = 1,
            });
            if (delivered.TotalCount < eligibility.MinDeliveredCases)
            {
                errors.Add(new DomainError(ErrorCodes.NotEligible,
                    $"本榜单要求在本行业已交付至少 {eligibility.MinDeliveredCases} 个已发布案例，您现在有 {delivered.TotalCount} 个。", "provider"));
            }
        }

        return errors;
    }

    private async Task<List<DomainError>> CheckReferencedCasesAsync(IReadOnlyList<EntityId> cases)
    {
        var errors = new List<DomainError>();
        foreach (var id in cases)
        {
            if (await GrainFactory.GetCase(new CatalogKey(Key.Tenant, id)).GetAsync() is not { Published: not null })
            {
                errors.Add(new DomainError(ErrorCodes.NotFound, $"引用的案例“{id}”不存在或尚未发布。", "referencedCases"));
            }
        }

        return errors;
    }

    /// <summary>A provider's name as people read it (its id only when it has no entry here).</summary>
    private async Task<string> ProviderNameAsync(EntityId provider) =>
        (await GrainFactory.GetProvider(new CatalogKey(Key.Tenant, provider)).GetEntryAsync())?.Title ?? provider.Value;

    private async Task TellBiddersAsync(IEnumerable<EntityId> providers, string title, string body, string? link = null)
    {
        foreach (var bidder in providers)
        {
            try
            {
                await GrainFactory.TellProviderAsync(new CatalogKey(Key.Tenant, bidder),
                    new Notification(EntityId.New().Value, clock.GetUtcNow(), title, body, link ?? PortalPaths.Of(Key.Tenant).Challenges.Item(Key.Id)));
            }
            catch (Exception ex)
            {
                // The change is stored; a notice that did not arrive is logged, not a reason to refuse it.
                LogNoticeFailed(logger, ex, bidder.Value, Key.ToString());
            }
        }
    }

    /// <summary>Runs a change alone. Bids queue only up to <see cref="MaxWaitingBids"/>; beyond, they are refused at once.</summary>
    private async Task<T> InTurnAsync<T>(Func<Task<T>> change, bool bid = false)
    {
        if (bid && Interlocked.Increment(ref _waitingBids) > MaxWaitingBids)
        {
            Interlocked.Decrement(ref _waitingBids);
            throw new DomainException(ErrorCodes.Busy, "这个榜单正在处理大量揭榜请求，您的请求没有被处理，请稍后重试。");
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

    /// <summary>Text that must be given, at most <paramref name="max"/> characters, trimmed; refused in words otherwise.</summary>
    private static string RequiredText(string? value, int max, string field, string label)
    {
        var text = Clean.Text(value);
        DomainException.ThrowIfAny(new RuleErrors().Required(text, field, label).MaxLength(text, max, field, label));
        return text!;
    }

    private State Existing() =>
        state.RecordExists ? state.State : throw new DomainException(ErrorCodes.NotFound, $"找不到编号为“{Key.Id}”的榜单。", "id");

    private static void Require(State current, ChallengeStatus to, params ChallengeStatus[] from)
    {
        if (!from.Contains(current.Status))
        {
            throw new DomainException(ErrorCodes.InvalidTransition,
                $"榜单{ChallengeLabels.Status(current.Status)}，不能{ChallengeLabels.Step(to)}。");
        }
    }

    private State Changed(State next, Actor by, string action, string detail = "") => next with
    {
        Version = next.Version + 1,
        UpdatedAt = clock.GetUtcNow(),
        History = next.History.With(clock, by, action, detail),
    };

    /// <summary>Saves by the one protocol (see <see cref="ListedSave"/>): the board's pending mark, the write, the summary.</summary>
    private async Task<ChallengeSnapshot> SaveAsync(State next, bool markPending = true)
    {
        await state.SaveListedAsync(next, this, Listed, logger, markPending);
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
        new(Key, s.Content, s.Status, s.Version, s.Owner, s.CreatedAt, s.UpdatedAt, s.OpenedAt, s.Bids.Values.OrderBy(b => b.UpdatedAt).ToArray(), s.StatusNote,
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

        public IReadOnlyDictionary<string, BidSummary> Bids { get; init; } = new Dictionary<string, BidSummary>(StringComparer.Ordinal);

        public IReadOnlyList<AuditEntry> History { get; init; } = [];

        public ChallengeEvaluation Evaluation { get; init; } = ChallengeEvaluation.None;

        public IReadOnlyList<ChallengeQuestion> Questions { get; init; } = [];

        public IReadOnlyList<ChallengeMilestone> Milestones { get; init; } = [];
    }
}
