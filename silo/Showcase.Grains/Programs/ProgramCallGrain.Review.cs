using System.Globalization;
using Microsoft.Extensions.Logging;
using Showcase.Audit;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Grains.Rules;
using Showcase.Listings;
using Showcase.Notifications;
using Showcase.People;
using Showcase.Programs;
using Showcase.Tenancy;

namespace Showcase.Grains.Programs;

/// <summary>Expert review, publication (公示) with objections, and the final list.</summary>
internal sealed partial class ProgramCallGrain
{
    public const int ObjectionMax = 2000;

    public async Task<ProgramCallSnapshot> SetEvaluationAsync(IReadOnlyList<RubricCriterion> rubric, IReadOnlyList<EntityId> reviewers, Actor by)
    {
        var current = Existing();
        if (current.Status is not (ProgramCallStatus.Open or ProgramCallStatus.Reviewing) || current.Evaluation.Reviews.Count > 0)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("ReviewStarted"));
        }

        (rubric, reviewers) = EvaluationRules.Setup(rubric, reviewers);
        return await SaveAsync(Changed(current with { Evaluation = current.Evaluation with { Rubric = rubric, Reviewers = reviewers } }, by, "设置评审",
            $"{string.Join("、", rubric.Select(c => $"{c.Name} {c.Weight}"))}；{reviewers.Count} 位专家"));
    }

    public async Task<ProgramCallSnapshot> StartReviewAsync(Actor by)
    {
        var current = Existing();
        if (current.Status == ProgramCallStatus.Reviewing)
        {
            return Snapshot(current);
        }

        Require(current, ProgramCallStatus.Open, "开始专家评审");
        var recommended = Snapshot(current).Recommended.Count();
        DomainException.ThrowIfAny(new RuleErrors()
            .Check(clock.GetUtcNow() > current.Setup.RecommendationDue, ErrorCodes.InvalidTransition,
                Sentence.Of("ReviewBeforeRecommendationDue", ChinaTime.Minutes(current.Setup.RecommendationDue)), "status")
            .Check(current.Evaluation.Reviewers.Count > 0, ErrorCodes.Required, Sentence.Of("SetUpReviewFirst"), "reviewers")
            .Check(recommended > 0, ErrorCodes.InvalidTransition, Sentence.Of("NothingRecommended"), "status"));
        return await SaveAsync(Changed(current with { Status = ProgramCallStatus.Reviewing }, by, "开始专家评审", $"{recommended} 个推荐项目"));
    }

    public async Task<ProgramCallSnapshot> DeclareConflictAsync(EntityId reviewer, EntityId applicant, string? note, Actor by)
    {
        var current = Existing();
        var evaluation = EvaluationRules.WithConflict(current.Evaluation, reviewer, applicant, note, clock.GetUtcNow());
        return evaluation == current.Evaluation
            ? Snapshot(current)
            : await SaveAsync(Changed(current with { Evaluation = evaluation }, by, "利益冲突回避", $"{reviewer} 回避 {applicant}"));
    }

    public async Task<ProgramCallSnapshot> ReviewAsync(BidReview review, Actor by)
    {
        var current = Existing();
        Require(current, ProgramCallStatus.Reviewing, "评分");
        var evaluation = EvaluationRules.WithReview(current.Evaluation, review, Snapshot(current).Recommended.Contains(review.Provider),
            Sentence.Of("NotRecommendedNotReviewed"), clock.GetUtcNow());
        return await SaveAsync(current with { Evaluation = evaluation });
    }

    public async Task<ProgramCallSnapshot> PublishAsync(IReadOnlyList<EntityId> winners, string? note, Actor by)
    {
        var current = Existing();
        Require(current, ProgramCallStatus.Reviewing, "公示");
        var chosen = winners.Distinct().ToArray();
        var recommended = Snapshot(current).Recommended.ToHashSet();
        var errors = new RuleErrors()
            .Required(chosen, "winners", "入选项目")
            .MaxLength(Clean.Text(note), ProgramCallRules.MaxIntroduction, "note", "公示说明");
        foreach (var applicant in chosen.Where(a => !recommended.Contains(a)))
        {
            errors.Add(ErrorCodes.InvalidValue, Sentence.Of("NotRecommendedCannotWin", current.Applications.GetValueOrDefault(applicant.Value)?.ProjectName ?? applicant.Value), "winners");
        }

        DomainException.ThrowIfAny(errors);
        var now = clock.GetUtcNow();
        var publication = new ProgramPublication(chosen, Clean.Text(note), now, now.AddDays(current.Setup.ObjectionDays), []);
        var saved = await SaveAsync(Changed(current with { Status = ProgramCallStatus.Publicising, Publication = publication }, by, "公示入选名单",
            string.Join("、", chosen.Select(a => current.Applications[a.Value].ProjectName))));
        await TellApplicantsAsync(recommended, "published", applicant => chosen.Contains(applicant)
            ? Notice.Of("ApplicationShortlisted", current.Setup.Title, ChinaTime.Minutes(publication.ObjectionsDue))
            : Notice.Of("ApplicationNotChosen", current.Setup.Title));
        return saved;
    }

    public async Task<ProgramCallSnapshot> ObjectAsync(EntityId applicant, string text, string operationId, Actor by)
    {
        var current = Existing();
        if (current.Publication?.Objections.Any(o => o.Id == operationId) == true)
        {
            return Snapshot(current);
        }

        Require(current, ProgramCallStatus.Publicising, "提出异议");
        var publication = current.Publication!;
        var cleaned = Clean.Text(text);
        DomainException.ThrowIfAny(new RuleErrors()
            .Check(clock.GetUtcNow() <= publication.ObjectionsDue, ErrorCodes.DeadlinePassed, Sentence.Of("ObjectionsClosed", ChinaTime.Minutes(publication.ObjectionsDue)), "applicant")
            .Check(publication.Winners.Contains(applicant), ErrorCodes.NotFound, Sentence.Of("NotOnPublishedList"), "applicant")
            .Required(cleaned, "text", "异议内容")
            .MaxLength(cleaned, ObjectionMax, "text", "异议内容")
            .Check(operationId.Length is > 0 and <= 200, ErrorCodes.InvalidValue, Sentence.Of("OperationIdRequired"), "operationId"));
        var objection = new ProgramObjection(operationId, applicant, cleaned!, by, clock.GetUtcNow());
        return await SaveAsync(Changed(current with { Publication = publication with { Objections = [.. publication.Objections, objection] } }, by,
            "收到异议", current.Applications[applicant.Value].ProjectName));
    }

    public async Task<ProgramCallSnapshot> ResolveObjectionAsync(string objectionId, bool upheld, string resolution, Actor by)
    {
        var current = Existing();
        Require(current, ProgramCallStatus.Publicising, "处理异议");
        var publication = current.Publication!;
        var objection = publication.Objections.FirstOrDefault(o => o.Id == objectionId)
            ?? throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchObjection"), "objection");
        var reason = Clean.Text(resolution);
        DomainException.ThrowIfAny(new RuleErrors()
            .Check(objection.Upheld is null, ErrorCodes.InvalidTransition, Sentence.Of("ObjectionDecided"), "objection")
            .Required(reason, "resolution", "处理意见")
            .MaxLength(reason, ObjectionMax, "resolution", "处理意见"));
        var resolved = publication with
        {
            Objections = publication.Objections.Select(o => o.Id == objectionId ? o with { Upheld = upheld, Resolution = reason } : o).ToArray(),
            Winners = upheld ? publication.Winners.Where(w => w != objection.Applicant).ToArray() : publication.Winners,
        };
        return await SaveAsync(Changed(current with { Publication = resolved }, by, upheld ? "异议成立，项目移出名单" : "异议不成立",
            $"{current.Applications[objection.Applicant.Value].ProjectName}：{reason}"));
    }

    public async Task<ProgramCallSnapshot> ConcludeAsync(Actor by)
    {
        var current = Existing();
        if (current.Status != ProgramCallStatus.Concluded)
        {
            Require(current, ProgramCallStatus.Publicising, "确定名单");
            var publication = current.Publication!;
            var now = clock.GetUtcNow();
            DomainException.ThrowIfAny(new RuleErrors()
                .Check(now > publication.ObjectionsDue, ErrorCodes.InvalidTransition, Sentence.Of("PublicityNotOver", ChinaTime.Minutes(publication.ObjectionsDue)), "status")
                .Check(publication.Objections.All(o => o.Upheld is not null), ErrorCodes.InvalidTransition, Sentence.Of("ObjectionsOpen"), "objections")
                .Check(publication.Winners.Count > 0, ErrorCodes.InvalidTransition, Sentence.Of("PublishedListEmpty"), "winners"));
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var program = ProgramCatalog.Find(current.Setup.Program)!;
            current = await SaveStateAsync(Changed(current with
            {
                Status = ProgramCallStatus.Concluded,
                Publication = publication with { ConcludedAt = now, PilotEnds = today.AddYears(program.PilotYears) },
            }, by, "确定入选名单", string.Join("、", publication.Winners.Select(a => current.Applications[a.Value].ProjectName))));
        }

        // After the write, so a crash in between is completed by concluding again (each step is idempotent).
        var concluded = Snapshot(current);
        await new ProgramWinners(GrainFactory, Key, concluded).EnterShowcaseAsync(by);
        await TellApplicantsAsync(concluded.Publication!.Winners, "concluded", _ =>
            Notice.Of("ApplicationChosen", current.Setup.Title, concluded.Publication.PilotEnds?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return concluded;
    }

    /// <summary>
    /// A notice in the inbox of the account that made each application. Notice ids are fixed per stage, so telling
    /// again (a retried conclusion) delivers nothing twice; a notice that fails is logged, the change stands.
    /// </summary>
    private async Task TellApplicantsAsync(IEnumerable<EntityId> applicants, string stage, Func<EntityId, Notice> notice)
    {
        foreach (var applicant in applicants)
        {
            try
            {
                if (await GrainFactory.GetProgramApplication(new ProgramApplicationKey(Key, applicant)).GetAsync() is { Owner.Account: { } account })
                {
                    await GrainFactory.GetNotificationInbox(new AccountKey(Key.Tenant, account)).DeliverAsync(
                        Notification.Of($"{Key.Id}-{applicant}-{stage}", clock.GetUtcNow(), notice(applicant), PortalPaths.Of(Key.Tenant).MyApplication(Key.Id)));
                }
            }
            catch (Exception ex)
            {
                LogNoticeFailed(logger, ex, applicant.Value, Key.ToString());
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell applicant {Applicant} about program call {Call}")]
    private static partial void LogNoticeFailed(ILogger logger, Exception exception, string applicant, string call);

    private static void Require(State current, ProgramCallStatus status, string what)
    {
        if (current.Status != status)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("CallStatusForbids", ProgramCallLabels.Status(current.Status), what));
        }
    }
}
