using Microsoft.Extensions.Logging;
using Showcase.Audit;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Grains.Audit;
using Showcase.Grains.Rules;
using Showcase.Grains.Storage;
using Showcase.People;
using Showcase.Programs;

namespace Showcase.Grains.Programs;

/// <summary>
/// A call (批次): its setup, recommenders, application summaries and recommendations. Changes run one at a time (no
/// reentrancy). Applications mark themselves pending before they change and record their summary after; pending ones
/// are read again when the call activates, so a crash between the two heals itself.
/// </summary>
[GrainType("program-call")]
[CollectionAgeLimit(Minutes = IdleMinutes.Listing)]
internal sealed partial class ProgramCallGrain(
    [PersistentState("program-call")] IPersistentState<ProgramCallGrain.State> state,
    TimeProvider clock,
    ILogger<ProgramCallGrain> logger) : Grain, IProgramCallGrain
{
    private ProgramCallKey? _key;

    private ProgramCallKey Key => _key ??= ProgramCallKey.Parse(this.GetPrimaryKeyString());

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!state.RecordExists || state.State.Pending.Count == 0)
        {
            return;
        }

        var applications = new Dictionary<string, ProgramApplicationSummary>(state.State.Applications, StringComparer.Ordinal);
        foreach (var applicant in state.State.Pending)
        {
            if (await GrainFactory.GetProgramApplication(new ProgramApplicationKey(Key, EntityId.Parse(applicant))).GetAsync() is { } application)
            {
                applications[applicant] = application.Summary;
            }
        }

        await state.WriteOrRestoreAsync(WithApplications(state.State, applications) with { Pending = [] }, this);
    }

    public Task<ProgramCallSnapshot?> GetAsync() => Task.FromResult(state.RecordExists ? Snapshot(state.State) : null);

    public Task<IReadOnlyList<AuditEntry>> GetHistoryAsync() => Task.FromResult(state.RecordExists ? state.State.History : []);

    public async Task<ProgramCallSnapshot> OpenAsync(ProgramCallSetup setup, Owner owner, Actor by)
    {
        setup = ProgramCallRules.Normalize(setup);
        if (state.RecordExists)
        {
            return state.State.Setup == setup
                ? Snapshot(state.State)
                : throw new DomainException(ErrorCodes.AlreadyExists, Sentence.Of("CallExists", Key.Id), "id");
        }

        DomainException.ThrowIfAny(ProgramCallRules.CheckSetup(setup, clock.GetUtcNow()));
        var now = clock.GetUtcNow();
        return await SaveAsync(new State
        {
            Setup = setup,
            Evaluation = ChallengeEvaluation.None with { Rubric = ProgramCatalog.Find(setup.Program)!.Rubric },
            Owner = owner,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
            History = [new AuditEntry(now, by, "发布申报批次", setup.Title!)],
        });
    }

    public async Task<ProgramCallSnapshot> SetRecommendersAsync(IReadOnlyList<RecommenderSeat> seats, int expectedVersion, Actor by)
    {
        var current = Existing();
        if (expectedVersion != current.Version)
        {
            throw new DomainException(ErrorCodes.VersionConflict,
                Sentence.Of("CallChangedMeanwhile", expectedVersion, current.Version), "version");
        }

        var program = ProgramCatalog.Find(current.Setup.Program)!;
        var errors = new RuleErrors();
        var admitted = new List<RecommenderSeat>();
        foreach (var seat in seats.DistinctBy(s => s.Organisation))
        {
            var organisation = await GrainFactory.GetOrganisation(new OrganisationKey(Key.Tenant, seat.Organisation)).GetAsync();
            if (organisation is not { Profile.Kind: OrganisationKind.Recommender })
            {
                errors.Add(ErrorCodes.NotFound, Sentence.Of("NotARecommenderOfPortal", seat.Organisation), "recommenders");
                continue;
            }

            var admittedSeat = ProgramCallRules.Seat(program, current.Setup, seat with { Name = organisation.Profile.Name }, errors);
            var recommended = current.Recommendations.GetValueOrDefault(seat.Organisation.Value)?.Count ?? 0;
            if (admittedSeat?.Quota is { } quota && recommended > quota)
            {
                errors.Add(ErrorCodes.TooMany, Sentence.Of("QuotaBelowRecommended", organisation.Profile.Name, recommended, quota), "recommenders");
            }

            if (admittedSeat is not null)
            {
                admitted.Add(admittedSeat);
            }
        }

        foreach (var dropped in current.Recommendations.Keys.Where(r => current.Recommendations[r].Count > 0 && admitted.All(s => s.Organisation.Value != r)))
        {
            errors.Add(ErrorCodes.InvalidValue, Sentence.Of("RecommenderHasRecommended", dropped), "recommenders");
        }

        DomainException.ThrowIfAny(errors);
        return await SaveAsync(Changed(current with { Recommenders = admitted }, by, "设置推荐单位与名额",
            string.Join("；", admitted.Select(s => $"{s.Name}：{(s.Quota is { } q ? $"{q} 项" : "不限")}"))));
    }

    public async Task<ProgramCallSnapshot> RecommendAsync(EntityId recommender, IReadOnlyList<EntityId> ranked, Actor by)
    {
        var current = Existing();
        var snapshot = Snapshot(current);
        var seat = snapshot.Seat(recommender) ?? throw new DomainException(ErrorCodes.Forbidden, Sentence.Of("YouAreNotARecommender"), "recommender");
        ProgramCallRules.RequireOpen(snapshot, clock.GetUtcNow(), "推荐");
        var list = ranked.ToArray();
        var errors = new RuleErrors();
        if (list.Distinct().Count() != list.Length)
        {
            errors.Add(ErrorCodes.InvalidValue, Sentence.Of("RankedTwice"), "ranked");
        }

        if (seat.Quota is { } quota && list.Length > quota)
        {
            errors.Add(ErrorCodes.TooMany, Sentence.Of("QuotaExceeded", seat.Name, quota, list.Length), "ranked");
        }

        foreach (var applicant in list.Distinct())
        {
            var application = current.Applications.GetValueOrDefault(applicant.Value);
            if (application is not { Status: ProgramApplicationStatus.Submitted } || application.Recommender != recommender)
            {
                errors.Add(ErrorCodes.InvalidValue, Sentence.Of("NotSubmittedToYou", application?.ProjectName ?? applicant.Value), "ranked");
            }
        }

        DomainException.ThrowIfAny(errors);
        var recommendations = new Dictionary<string, IReadOnlyList<EntityId>>(current.Recommendations, StringComparer.Ordinal) { [recommender.Value] = list };
        return await SaveAsync(Changed(current with { Recommendations = recommendations }, by, "推荐项目",
            $"{seat.Name}：" + string.Join("、", list.Select((a, i) => $"{i + 1}. {current.Applications[a.Value].ProjectName}"))));
    }

    public async Task MarkPendingAsync(EntityId applicant)
    {
        var current = Existing();

        // Checked again in the call's own turn: a change racing the deadline or the start of the review is refused before it is written.
        ProgramCallRules.RequireOpen(Snapshot(current), clock.GetUtcNow(), "修改申报书");
        if (!current.Pending.Contains(applicant.Value))
        {
            await state.WriteOrRestoreAsync(current with { Pending = [.. current.Pending, applicant.Value] }, this);
        }
    }

    public async Task RecordApplicationAsync(ProgramApplicationSummary summary)
    {
        var current = Existing();
        var known = current.Applications.GetValueOrDefault(summary.Applicant.Value);
        var pending = current.Pending.Where(p => p != summary.Applicant.Value).ToArray();
        if (known is not null && known.Version >= summary.Version && pending.Length == current.Pending.Count)
        {
            return;
        }

        var applications = new Dictionary<string, ProgramApplicationSummary>(current.Applications, StringComparer.Ordinal);
        if (known is null || known.Version < summary.Version)
        {
            applications[summary.Applicant.Value] = summary;
        }

        await SaveAsync(WithApplications(current, applications) with { Pending = pending });
    }

    /// <summary>The applications, and recommendations only of applications still submitted to the recommender that ranked them.</summary>
    private static State WithApplications(State current, Dictionary<string, ProgramApplicationSummary> applications) => current with
    {
        Applications = applications,
        Recommendations = current.Recommendations.ToDictionary(
            r => r.Key,
            r => (IReadOnlyList<EntityId>)r.Value.Where(a => applications.GetValueOrDefault(a.Value) is { Status: ProgramApplicationStatus.Submitted } s && s.Recommender?.Value == r.Key).ToArray(),
            StringComparer.Ordinal),
    };

    private State Existing() =>
        state.RecordExists ? state.State : throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchCall", Key.Id), "call");

    private State Changed(State next, Actor by, string action, string detail = "") => next with
    {
        Version = next.Version + 1,
        UpdatedAt = clock.GetUtcNow(),
        History = next.History.With(clock, by, action, detail),
    };

    private async Task<ProgramCallSnapshot> SaveAsync(State next) => Snapshot(await SaveStateAsync(next));

    /// <summary>Writes, then records the summary in the portal's call directory.</summary>
    private async Task<State> SaveStateAsync(State next)
    {
        await state.WriteOrRestoreAsync(next, this);
        var snapshot = Snapshot(next);
        try
        {
            await GrainFactory.GetProgramCallDirectory(Key.Tenant).RecordAsync(snapshot.Summary);
        }
        catch (Exception ex)
        {
            // The directory is a listing; the next change of this call records it again.
            LogDirectoryLagging(logger, ex, Key.ToString());
        }

        return next;
    }

    private ProgramCallSnapshot Snapshot(State s) => new(Key, s.Setup, s.Status, s.Version, s.Owner, s.Recommenders,
        s.Applications.Values.OrderBy(a => a.UpdatedAt).ToArray(), s.Recommendations, s.CreatedAt, s.UpdatedAt, s.Evaluation, s.Publication);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Program call {Key} was saved but the directory did not record it.")]
    private static partial void LogDirectoryLagging(ILogger logger, Exception exception, string key);

    internal sealed record State
    {
        public ProgramCallSetup Setup { get; init; } = new();

        public ProgramCallStatus Status { get; init; }

        public Owner Owner { get; init; } = Owner.Nobody;

        public int Version { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public DateTimeOffset UpdatedAt { get; init; }

        public IReadOnlyList<RecommenderSeat> Recommenders { get; init; } = [];

        public IReadOnlyDictionary<string, ProgramApplicationSummary> Applications { get; init; } = new Dictionary<string, ProgramApplicationSummary>(StringComparer.Ordinal);

        public IReadOnlyDictionary<string, IReadOnlyList<EntityId>> Recommendations { get; init; } = new Dictionary<string, IReadOnlyList<EntityId>>(StringComparer.Ordinal);

        public ChallengeEvaluation Evaluation { get; init; } = ChallengeEvaluation.None;

        public ProgramPublication? Publication { get; init; }

        /// <summary>Applicants whose change may not be recorded yet.</summary>
        public IReadOnlyList<string> Pending { get; init; } = [];

        public IReadOnlyList<AuditEntry> History { get; init; } = [];
    }
}
