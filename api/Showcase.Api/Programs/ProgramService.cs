using Showcase.Api.Files;
using Showcase.Api.Listings;
using Showcase.Api.People;
using Showcase.Api.Tenancy;
using Showcase.Audit;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Files;
using Showcase.Listings;
using Showcase.People;
using Showcase.Programs;

namespace Showcase.Api.Programs;

/// <summary>
/// Pilot programs in the current portal, and who may do what: curators open calls, admit recommenders and record
/// earlier winners; enterprise and provider members apply for their organisation (one project per call);
/// recommender members rank and recommend the applications submitted to their organisation. Everyone reads the
/// calls; an application is seen by its applicant, by the recommender it was submitted to, and by curators.
/// </summary>
public sealed class ProgramService(IGrainFactory grains, RequestTenant tenant, CurrentUser current, OrganisationStanding standing, IFileStore files, TimeProvider clock)
{
    public Task<IReadOnlyList<ProgramCallSummary>> CallsAsync() => grains.GetProgramCallDirectory(tenant.Id).ListAsync();

    public async Task<ProgramCallSnapshot?> FindCallAsync(string id) =>
        EntityId.TryParse(id, out var callId) ? await Call(callId).GetAsync() : null;

    /// <summary>What opening a call with this setup would be refused for, without opening it.</summary>
    public Task<IReadOnlyList<DomainError>> CheckCallAsync(ProgramCallSetup setup) => grains.GetGrain<ICatalogRulesGrain>(0).CheckProgramCallAsync(setup);

    public Task<ProgramCallSnapshot> OpenCallAsync(ProgramCallSetup setup, string? id)
    {
        current.RequireAny("发布申报批次", Role.Curator, Role.TenantAdmin);
        return Call(CatalogAccess.NewOrParse(id)).OpenAsync(setup, current.AsOwner, current.AsActor);
    }

    public async Task<ProgramCallSnapshot> SetRecommendersAsync(string id, IReadOnlyList<RecommenderSeat> seats, int expectedVersion)
    {
        return await (await CuratedCallAsync(id, "设置推荐单位")).SetRecommendersAsync(seats, expectedVersion, current.AsActor);
    }

    /// <summary>The applications of a call the current person may see: all for curators, those submitted to a recommender for its members, one's own.</summary>
    public IReadOnlyList<ProgramApplicationSummary> VisibleApplications(ProgramCallSnapshot call) =>
        call.Applications.Where(a => CanSee(call, a.Applicant, a.Recommender, a.Status)).ToArray();

    public bool CanSeeRecommendations(ProgramCallSnapshot call, EntityId recommender) => current.IsCurator || IsMemberOf(recommender);

    public bool CanSeeAllRecommendations => current.IsCurator;

    public async Task<ProgramApplicationSnapshot?> FindApplicationAsync(string callId, string applicant) =>
        await StoredApplicationAsync(callId, applicant) is { MayRead: true } found ? found.Application : null;

    /// <summary>The application as stored, whoever asks, with whether the current person may read it; null when there is none.</summary>
    public async Task<(ProgramApplicationSnapshot Application, bool MayRead)?> StoredApplicationAsync(string callId, string applicant)
    {
        if (!EntityId.TryParse(callId, out var call) || !EntityId.TryParse(applicant, out var applicantId)
            || await Call(call).GetAsync() is not { } snapshot
            || await Application(call, applicantId).GetAsync() is not { } application)
        {
            return null;
        }

        return (application, CanSee(snapshot, applicantId, application.Content.Recommender, application.Status));
    }

    /// <summary>The current person's organisation's application to the call, or null.</summary>
    public async Task<ProgramApplicationSnapshot?> MyApplicationAsync(ProgramCallSnapshot call) =>
        current.User?.Membership.Organisation is { } organisation ? await Application(call.Key.Id, organisation).GetAsync() : null;

    /// <summary>Saves the organisation's application; the files its slots name must have been uploaded for it (<see cref="ApplicationFiles"/>).</summary>
    public async Task<ProgramApplicationSnapshot> SaveApplicationAsync(string callId, ProgramApplicationContent content, int expectedVersion)
    {
        var applicant = RequireApplicant();
        var call = (await ExistingCallSnapshotAsync(callId)).Key.Id;
        var organisation = await grains.GetOrganisation(new OrganisationKey(tenant.Id, applicant)).GetAsync();
        var attached = new Dictionary<string, IReadOnlyList<Attachment>>(StringComparer.Ordinal);
        foreach (var (key, named) in content.Files)
        {
            attached[key] = await Attachments.ResolveAsync(files, tenant.Id, ApplicationFiles.OwnerOf(call, applicant), named, $"files.{key}", CancellationToken.None);
        }

        return await Application(call, applicant)
            .SaveAsync(content with { Files = attached }, expectedVersion, current.AsOwner, organisation?.Profile.Name ?? applicant.Value, current.AsActor);
    }

    /// <summary>The call, when it takes applications now and the current person applies for <paramref name="applicant"/>; refused otherwise.</summary>
    public async Task<ProgramCallSnapshot> ApplyingAsync(string callId, EntityId applicant, string what)
    {
        if (RequireApplicant() != applicant)
        {
            throw CurrentUser.Forbidden("代表其他单位办理申报书");
        }

        var call = await ExistingCallSnapshotAsync(callId);
        return call.TakesApplicationsAt(clock.GetUtcNow())
            ? call
            : throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("CallClosedTo", what));
    }

    public async Task<ProgramApplicationSnapshot> SubmitApplicationAsync(string callId, bool pledge, int expectedVersion)
    {
        var applicant = RequireApplicant();
        await standing.RequireVerifiedAsync("提交申报");
        return await Application((await ExistingCallSnapshotAsync(callId)).Key.Id, applicant).SubmitAsync(pledge, expectedVersion, current.AsActor);
    }

    public async Task<ProgramApplicationSnapshot> WithdrawApplicationAsync(string callId) =>
        await Application((await ExistingCallSnapshotAsync(callId)).Key.Id, RequireApplicant()).WithdrawAsync(current.AsActor);

    /// <summary>The recommender member's organisation ranks and recommends, replacing its earlier list.</summary>
    public async Task<ProgramCallSnapshot> RecommendAsync(string callId, IReadOnlyList<EntityId> ranked)
    {
        var user = current.RequireAny("推荐申报项目", Role.Recommender);
        var recommender = user.Membership.Organisation ?? throw CurrentUser.Forbidden("推荐申报项目（您的账号不属于任何推荐单位）");
        return await (await ExistingCallAsync(callId)).RecommendAsync(recommender, ranked, current.AsActor);
    }

    public async Task<ProgramCallSnapshot> SetEvaluationAsync(string callId, IReadOnlyList<RubricCriterion> rubric, IReadOnlyList<EntityId> reviewers)
    {
        current.RequireAny("设置评审", Role.Curator, Role.TenantAdmin);
        foreach (var reviewer in reviewers.Distinct())
        {
            if (await grains.GetAccount(new AccountKey(tenant.Id, reviewer)).GetAsync() is not { } account || !account.Membership.Has(Role.Reviewer))
            {
                throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NotAReviewerAccount", reviewer), "reviewers");
            }
        }

        return await (await ExistingCallAsync(callId)).SetEvaluationAsync(rubric, reviewers, current.AsActor);
    }

    /// <summary>The portal's recommender organisations, for a curator admitting a call's recommenders.</summary>
    public Task<IReadOnlyList<OrganisationSummary>> RecommenderOrganisationsAsync() => OrganisationsAsync("选择推荐单位", OrganisationKind.Recommender);

    /// <summary>The portal's enterprises and providers (who may apply), for a curator recording earlier honours.</summary>
    public Task<IReadOnlyList<OrganisationSummary>> ApplicantOrganisationsAsync() =>
        OrganisationsAsync("登记获评记录", OrganisationKind.Enterprise, OrganisationKind.Provider);

    private async Task<IReadOnlyList<OrganisationSummary>> OrganisationsAsync(string what, params OrganisationKind[] kinds)
    {
        current.RequireAny(what, Role.Curator, Role.TenantAdmin);
        var organisations = new List<OrganisationSummary>();
        foreach (var kind in kinds)
        {
            await foreach (var organisation in Page<OrganisationSummary>.AllAsync((skip, take) => grains.GetPeopleDirectory(tenant.Id).ListOrganisationsAsync(new OrganisationQuery(kind), skip, take)))
            {
                organisations.Add(organisation);
            }
        }

        return organisations;
    }

    /// <summary>The portal's expert accounts, for a curator choosing a call's experts.</summary>
    public async Task<IReadOnlyList<AccountSummary>> ExpertsAsync()
    {
        current.RequireAny("选择评审专家", Role.Curator, Role.TenantAdmin);
        return await ReviewerPool.ListAsync(grains, tenant.Id);
    }

    public async Task<ProgramCallSnapshot> StartReviewAsync(string callId) =>
        await (await CuratedCallAsync(callId, "开始专家评审")).StartReviewAsync(current.AsActor);

    /// <summary>The signed-in expert scores a recommended application of the call.</summary>
    public async Task<ProgramCallSnapshot> ReviewAsync(string callId, EntityId applicant, IReadOnlyList<int> scores, string? comment)
    {
        var user = current.RequireAny("评审申报项目", Role.Reviewer);
        return await (await ExistingCallAsync(callId)).ReviewAsync(new BidReview(user.Account.Login, applicant, scores, comment, default), current.AsActor);
    }

    public async Task<ProgramCallSnapshot> DeclareConflictAsync(string callId, EntityId applicant, string? note)
    {
        var user = current.RequireAny("声明利益冲突", Role.Reviewer);
        return await (await ExistingCallAsync(callId)).DeclareConflictAsync(user.Account.Login, applicant, note, current.AsActor);
    }

    public async Task<ProgramCallSnapshot> PublishAsync(string callId, IReadOnlyList<EntityId> winners, string? note) =>
        await (await CuratedCallAsync(callId, "公示入选名单")).PublishAsync(winners, note, current.AsActor);

    /// <summary>Anyone signed in may object to a listed project during the objection period.</summary>
    public async Task<ProgramCallSnapshot> ObjectAsync(string callId, EntityId applicant, string text, string operationId)
    {
        current.RequireSignedIn();
        return await (await ExistingCallAsync(callId)).ObjectAsync(applicant, text, current.OperationId(operationId), current.AsActor);
    }

    public async Task<ProgramCallSnapshot> ResolveObjectionAsync(string callId, string objection, bool upheld, string resolution) =>
        await (await CuratedCallAsync(callId, "处理异议")).ResolveObjectionAsync(objection, upheld, resolution, current.AsActor);

    public async Task<ProgramCallSnapshot> ConcludeAsync(string callId) =>
        await (await CuratedCallAsync(callId, "确定入选名单")).ConcludeAsync(current.AsActor);

    /// <summary>Whether the signed-in person is one of the call's experts.</summary>
    public bool IsReviewer(ProgramCallSnapshot call) =>
        current.User is { } user && current.Has(Role.Reviewer) && call.Evaluation.Reviewers.Contains(user.Account.Login);

    /// <summary>
    /// The review for curators (everything, with names) and the call's experts (the rubric, the recommended
    /// applications with their own scores, and the running ranking); null for anyone else.
    /// </summary>
    public ProgramEvaluationView? Evaluation(ProgramCallSnapshot call)
    {
        if (!current.IsCurator && !IsReviewer(call))
        {
            return null;
        }

        var evaluation = call.Evaluation;
        var me = IsReviewer(call) ? current.User!.Account.Login : (EntityId?)null;
        var reviewed = call.Status == ProgramCallStatus.Open ? [] : call.Recommended.Select(applicant =>
        {
            var mine = evaluation.Reviews.FirstOrDefault(r => r.Reviewer == me && r.Provider == applicant);
            return new ReviewedApplication(call.Application(applicant)!, mine?.Scores, mine?.Comment, me is { } reviewer && evaluation.IsRecused(reviewer, applicant));
        }).ToArray();
        var ranking = evaluation.Ranking().Select(r => (Application: call.Application(r.Provider)!, Ranking: r)).ToArray();
        return new ProgramEvaluationView(evaluation.Rubric, current.IsCurator ? evaluation.Reviewers : null, ranking, reviewed);
    }

    /// <summary>Objections with who made them, for curators; the public sees the list and the period only.</summary>
    public IReadOnlyList<ProgramObjection>? Objections(ProgramCallSnapshot call) => current.IsCurator ? call.Publication?.Objections : null;

    /// <summary>What a reviewed applicant learns once the list is published: averages per criterion, total, rank, comments.</summary>
    public EvaluationFeedback? Feedback(ProgramCallSnapshot call, EntityId applicant) =>
        call.Status is ProgramCallStatus.Publicising or ProgramCallStatus.Concluded && (current.IsCurator || IsMemberOf(applicant))
        && call.Evaluation.FeedbackFor(applicant) is { Rank: not null } feedback
            ? feedback
            : null;

    /// <summary>Every change of the call, oldest first, for curators; empty for everyone else.</summary>
    public Task<IReadOnlyList<AuditEntry>> HistoryAsync(ProgramCallSnapshot call) => HistoryAsync(grains.GetProgramCall(call.Key));

    /// <summary>Every change of the application, oldest first, for curators; empty for everyone else.</summary>
    public Task<IReadOnlyList<AuditEntry>> HistoryAsync(ProgramApplicationSnapshot application) => HistoryAsync(grains.GetProgramApplication(application.Key));

    public async Task<IReadOnlyList<ProgramHonour>> HonoursAsync()
    {
        current.RequireAny("查看获评记录", Role.Curator, Role.TenantAdmin);
        return await grains.GetProgramHonours(tenant.Id).ListAsync();
    }

    public async Task<IReadOnlyList<ProgramHonour>> RecordHonoursAsync(IReadOnlyList<ProgramHonour> honours)
    {
        current.RequireAny("登记获评记录", Role.Curator, Role.TenantAdmin);
        return await grains.GetProgramHonours(tenant.Id).RecordAsync(honours, current.AsActor);
    }

    private async Task<IReadOnlyList<AuditEntry>> HistoryAsync(IAuditedGrain grain) => current.IsCurator ? await grain.GetHistoryAsync() : [];

    private bool CanSee(ProgramCallSnapshot call, EntityId applicant, EntityId? recommender, ProgramApplicationStatus status) =>
        current.IsCurator || IsMemberOf(applicant)
        || (call.Status != ProgramCallStatus.Open && IsReviewer(call) && call.Recommended.Contains(applicant))
        || (status == ProgramApplicationStatus.Submitted && recommender is { } r && IsMemberOf(r) && call.Seat(r) is not null);

    private bool IsMemberOf(EntityId organisation) => current.User?.Membership.Organisation == organisation && !current.IsPlatformAdmin;

    private EntityId RequireApplicant()
    {
        var user = current.RequireAny("申报试点示范项目", Role.EnterpriseMember, Role.ProviderMember);
        return user.Membership.Organisation ?? throw CurrentUser.Forbidden("申报试点示范项目（您的账号不属于任何申报单位）");
    }

    private async Task<IProgramCallGrain> CuratedCallAsync(string id, string what)
    {
        current.RequireAny(what, Role.Curator, Role.TenantAdmin);
        return await ExistingCallAsync(id);
    }

    private async Task<IProgramCallGrain> ExistingCallAsync(string id) => Call((await ExistingCallSnapshotAsync(id)).Key.Id);

    private async Task<ProgramCallSnapshot> ExistingCallSnapshotAsync(string id) =>
        await FindCallAsync(id) ?? throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchCall", id), "call");

    private IProgramCallGrain Call(EntityId id) => grains.GetProgramCall(new ProgramCallKey(tenant.Id, id));

    private IProgramApplicationGrain Application(EntityId call, EntityId applicant) =>
        grains.GetProgramApplication(new ProgramApplicationKey(new ProgramCallKey(tenant.Id, call), applicant));
}
