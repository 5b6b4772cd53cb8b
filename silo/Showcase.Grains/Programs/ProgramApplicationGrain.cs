using Microsoft.Extensions.Logging;
using Showcase.Audit;
using Showcase.Common;
using Showcase.Grains.Audit;
using Showcase.Grains.Rules;
using Showcase.Grains.Storage;
using Showcase.Programs;
using Showcase.Reference;

namespace Showcase.Grains.Programs;

/// <summary>
/// One applicant's application (申报书) to one call. It asks its call for the program, deadline and recommenders,
/// and the portal's honours for directions already won; it tells the call of every change (pending first, summary
/// after), so the call converges after a crash (it reads pending applications again when it activates).
/// </summary>
[GrainType("program-application")]
[CollectionAgeLimit(Minutes = IdleMinutes.Entity)]
internal sealed class ProgramApplicationGrain(
    [PersistentState("program-application")] IPersistentState<ProgramApplicationGrain.State> state,
    TimeProvider clock,
    ILogger<ProgramApplicationGrain> logger) : Grain, IProgramApplicationGrain
{
    private ProgramApplicationKey? _key;
    private Listing<State>? _listing;
    private ProgramApplicationSnapshot? _committed;

    private ProgramApplicationKey Key => _key ??= ProgramApplicationKey.Parse(this.GetPrimaryKeyString());

    private IProgramCallGrain Call => GrainFactory.GetProgramCall(Key.Call);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _committed = state.RecordExists ? Snapshot(state.State) : null;
        return Task.CompletedTask;
    }

    /// <summary>What storage holds: this read interleaves (the call reads applications while reconciling) and must not see a change in flight.</summary>
    public Task<ProgramApplicationSnapshot?> GetAsync() => Task.FromResult(_committed);

    public Task<IReadOnlyList<AuditEntry>> GetHistoryAsync() => Task.FromResult(state.RecordExists ? state.State.History : []);

    public async Task<ProgramApplicationSnapshot> SaveAsync(ProgramApplicationContent content, int expectedVersion, Owner owner, string applicantName, Actor by)
    {
        var current = state.RecordExists ? state.State : null;
        if (current is not null && expectedVersion == 0)
        {
            throw new DomainException(ErrorCodes.AlreadyExists,
                Sentence.Of("OneApplicationPerApplicant", current.Content.ProjectName), "projectName");
        }

        if (expectedVersion != (current?.Version ?? 0))
        {
            throw current is null
                ? new DomainException(ErrorCodes.NotFound, Sentence.Of("NoApplicationYet"), "expectedVersion")
                : new DomainException(ErrorCodes.VersionConflict,
                    Sentence.Of("ApplicationChangedMeanwhile", expectedVersion, current.Version), "expectedVersion");
        }

        content = ProgramApplicationRules.Normalize(content);
        var call = await OpenCallAsync("保存申报书");
        var errors = ProgramApplicationRules.CheckDraft(call.Program, content);
        await CheckAgainstCallAsync(call, content, errors);
        DomainException.ThrowIfAny(errors);
        if (current is not null && current.Content.Equals(content))
        {
            return Snapshot(current);
        }

        var now = clock.GetUtcNow();
        var next = current is null
            ? new State { Owner = owner, ApplicantName = applicantName, CreatedAt = now }
            : current;
        var reopened = next.Status == ProgramApplicationStatus.Submitted;
        return await SaveAsync(Changed(next with { Content = content, Status = reopened ? ProgramApplicationStatus.Draft : next.Status }, by,
            current is null ? "新建申报书" : reopened ? "修改已提交的申报书（退回草稿，需重新提交）" : "保存申报书", content.ProjectName ?? ""));
    }

    public async Task<ProgramApplicationSnapshot> SubmitAsync(bool pledge, int expectedVersion, Actor by)
    {
        var current = Existing();
        if (current.Status == ProgramApplicationStatus.Submitted && current.Version == expectedVersion)
        {
            return Snapshot(current);
        }

        if (expectedVersion != current.Version)
        {
            throw new DomainException(ErrorCodes.VersionConflict,
                Sentence.Of("ApplicationChangedBeforeSubmit", expectedVersion, current.Version), "expectedVersion");
        }

        var call = await OpenCallAsync("提交申报书");
        var errors = ProgramApplicationRules.CheckSubmission(call.Program, current.Content, pledge);
        await CheckAgainstCallAsync(call, current.Content, errors);
        DomainException.ThrowIfAny(errors);
        return await SaveAsync(Changed(current with { Status = ProgramApplicationStatus.Submitted, SubmittedAt = clock.GetUtcNow(), PledgedBy = by }, by,
            "提交申报书并作真实性承诺", call.Seat(current.Content.Recommender!.Value)?.Name ?? ""));
    }

    public async Task<ProgramApplicationSnapshot> WithdrawAsync(Actor by)
    {
        var current = Existing();
        if (current.Status != ProgramApplicationStatus.Submitted)
        {
            return current.Status == ProgramApplicationStatus.Withdrawn
                ? Snapshot(current)
                : throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("ApplicationNotSubmitted"));
        }

        await OpenCallAsync("撤回申报书");
        return await SaveAsync(Changed(current with { Status = ProgramApplicationStatus.Withdrawn }, by, "撤回申报书"));
    }

    private async Task<ProgramCallSnapshot> OpenCallAsync(string what)
    {
        var call = await Call.GetAsync() ?? throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchCall", Key.Call.Id), "call");
        ProgramCallRules.RequireOpen(call, clock.GetUtcNow(), what);
        return call;
    }

    /// <summary>The rules that need the call and the portal: a recommender of this call, and no direction already won.</summary>
    private async Task CheckAgainstCallAsync(ProgramCallSnapshot call, ProgramApplicationContent content, RuleErrors errors)
    {
        if (content.Recommender is { } recommender && call.Seat(recommender) is null)
        {
            errors.Add(ErrorCodes.NotFound, Sentence.Of("NotARecommenderOfCall", recommender), "recommender");
        }

        var honours = await GrainFactory.GetProgramHonours(Key.Call.Tenant).ListAsync();
        foreach (var direction in content.Directions)
        {
            if (honours.FirstOrDefault(h => h.Organisation == Key.Applicant && call.Program.IsSameDirection(direction, h.Direction)) is { } won)
            {
                errors.Add(ErrorCodes.NotEligible,
                    Sentence.Of("AlreadyHonoured", won.ProjectName, ReferenceData.Programs.NameOf(won.Direction), won.Source), "directions");
            }
        }
    }

    private State Existing() =>
        state.RecordExists ? state.State : throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoApplication"), "applicant");

    private State Changed(State next, Actor by, string action, string detail = "") => next with
    {
        Version = next.Version + 1,
        UpdatedAt = clock.GetUtcNow(),
        History = next.History.With(clock, by, action, detail),
    };

    /// <summary>Saves by the one protocol (see <see cref="ListedSave"/>): the call's pending mark, the write, the summary.</summary>
    private async Task<ProgramApplicationSnapshot> SaveAsync(State next)
    {
        await state.SaveListedAsync(next, this, Listed, logger);
        return _committed!;
    }

    private Listing<State> Listed => _listing ??= new Listing<State>(
        () => Call.MarkPendingAsync(Key.Applicant),
        _ => Call.RecordApplicationAsync(_committed!.Summary),
        committed => _committed = committed is null ? null : Snapshot(committed));

    private ProgramApplicationSnapshot Snapshot(State s) =>
        new(Key, s.Content, s.Status, s.Version, s.Owner, s.ApplicantName, s.CreatedAt, s.UpdatedAt, s.SubmittedAt, s.PledgedBy);

    internal sealed record State
    {
        public ProgramApplicationContent Content { get; init; } = new();

        public ProgramApplicationStatus Status { get; init; }

        public int Version { get; init; }

        public Owner Owner { get; init; } = Owner.Nobody;

        public string ApplicantName { get; init; } = "";

        public DateTimeOffset CreatedAt { get; init; }

        public DateTimeOffset UpdatedAt { get; init; }

        public DateTimeOffset? SubmittedAt { get; init; }

        public Actor? PledgedBy { get; init; }

        public IReadOnlyList<AuditEntry> History { get; init; } = [];
    }
}
