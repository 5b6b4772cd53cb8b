using Orleans.Concurrency;
using Showcase.Audit;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Programs;

/// <summary>
/// A call for applications (批次) of one program: its schedule, its recommenders and their quotas, the summary of
/// every application and each recommender's ranked recommendations. Key <c>{tenant}/{id}</c>.
/// </summary>
[Alias("showcase.program-call")]
public interface IProgramCallGrain : IAuditedGrain
{
    /// <summary>Opens the call from a shipped program; a retry with the same setup returns it, another setup is <c>ALREADY_EXISTS</c>.</summary>
    [Alias("open")]
    Task<ProgramCallSnapshot> OpenAsync(ProgramCallSetup setup, Owner owner, Actor by);

    /// <summary>
    /// Admits the recommenders (推荐单位), each of a kind the program takes, with the quota that applies to it. A
    /// recommender that has already recommended more than its new quota is refused with <c>TOO_MANY</c>.
    /// </summary>
    [Alias("set-recommenders")]
    Task<ProgramCallSnapshot> SetRecommendersAsync(IReadOnlyList<RecommenderSeat> seats, int expectedVersion, Actor by);

    /// <summary>
    /// A recommender's ranked list (排序), replacing its earlier one: only submitted applications that chose it, at most
    /// its quota, before the recommendation deadline. An empty list takes every recommendation back.
    /// </summary>
    [Alias("recommend")]
    Task<ProgramCallSnapshot> RecommendAsync(EntityId recommender, IReadOnlyList<EntityId> ranked, Actor by);

    /// <summary>Sets the rubric (weights adding up to 100) and the experts (reviewer accounts), until the first score is given.</summary>
    [Alias("set-evaluation")]
    Task<ProgramCallSnapshot> SetEvaluationAsync(IReadOnlyList<RubricCriterion> rubric, IReadOnlyList<EntityId> reviewers, Actor by);

    /// <summary>Closes applications and recommendations and starts the expert review: only after the recommendation deadline, with experts set.</summary>
    [Alias("start-review")]
    Task<ProgramCallSnapshot> StartReviewAsync(Actor by);

    /// <summary>An expert declares a conflict of interest with an applicant and is recused from it.</summary>
    [Alias("declare-conflict")]
    Task<ProgramCallSnapshot> DeclareConflictAsync(EntityId reviewer, EntityId applicant, string? note, Actor by);

    /// <summary>An expert scores a recommended application on every criterion (0–100); scoring again replaces it. <c>Provider</c> is the applicant.</summary>
    [Alias("review")]
    Task<ProgramCallSnapshot> ReviewAsync(BidReview review, Actor by);

    /// <summary>Publishes the chosen applications (公示) and opens the objection period of the call's setup.</summary>
    [Alias("publish")]
    Task<ProgramCallSnapshot> PublishAsync(IReadOnlyList<EntityId> winners, string? note, Actor by);

    /// <summary>
    /// An objection to a listed project during the objection period; the same <paramref name="operationId"/> again
    /// files nothing new.
    /// </summary>
    [Alias("object")]
    Task<ProgramCallSnapshot> ObjectAsync(EntityId applicant, string text, string operationId, Actor by);

    /// <summary>Upholds (the project leaves the list) or dismisses an objection, with the reason.</summary>
    [Alias("resolve-objection")]
    Task<ProgramCallSnapshot> ResolveObjectionAsync(string objectionId, bool upheld, string resolution, Actor by);

    /// <summary>
    /// Makes the list final once the objection period has ended and every objection is resolved: each winner's
    /// directions become honours, and each winner enters the showcase for the program's pilot period (示范工厂 as a
    /// factory selected to build, the others as a case drafted from the application). Concluding again completes
    /// what a crash may have cut short.
    /// </summary>
    [Alias("conclude")]
    Task<ProgramCallSnapshot> ConcludeAsync(Actor by);

    /// <summary>
    /// An application is about to change: marked first, so the call reads it again if the change is not recorded.
    /// Refused once the call no longer takes applications, so no change lands after the deadline.
    /// </summary>
    [Alias("mark-pending")]
    Task MarkPendingAsync(EntityId applicant);

    /// <summary>Keeps an application's summary (newer versions only); a withdrawn one leaves its recommender's list.</summary>
    [Alias("record-application")]
    Task RecordApplicationAsync(ProgramApplicationSummary summary);

    [Alias("get"), AlwaysInterleave]
    Task<ProgramCallSnapshot?> GetAsync();
}

/// <summary>One applicant's application to one call. Key <c>{tenant}/{call}/{applicant}</c>.</summary>
[Alias("showcase.program-application")]
public interface IProgramApplicationGrain : IAuditedGrain
{
    /// <summary>
    /// Saves the draft (creating it with <paramref name="expectedVersion"/> 0): directions, recommender and answers
    /// are checked as far as a draft can be (known codes, lengths, numbers, dates); <c>VERSION_CONFLICT</c> otherwise.
    /// A submitted application goes back to draft when edited and must be submitted again.
    /// </summary>
    [Alias("save")]
    Task<ProgramApplicationSnapshot> SaveAsync(ProgramApplicationContent content, int expectedVersion, Owner owner, string applicantName, Actor by);

    /// <summary>
    /// Submits it to its recommender with the truthfulness pledge (真实性承诺): every rule of the program and every
    /// required answer is checked, each problem as its own sentence. Submitting again is harmless.
    /// </summary>
    [Alias("submit")]
    Task<ProgramApplicationSnapshot> SubmitAsync(bool pledge, int expectedVersion, Actor by);

    /// <summary>Takes a submitted application back before the deadline (and out of its recommender's list).</summary>
    [Alias("withdraw")]
    Task<ProgramApplicationSnapshot> WithdrawAsync(Actor by);

    [Alias("get"), AlwaysInterleave]
    Task<ProgramApplicationSnapshot?> GetAsync();
}

/// <summary>The directions each organisation of a portal has won. Key <c>{tenant}</c>.</summary>
[Alias("showcase.program-honours")]
public interface IProgramHonoursGrain : IGrainWithStringKey
{
    /// <summary>Adds honours; one already recorded (same organisation and direction) is kept as it was.</summary>
    [Alias("record")]
    Task<IReadOnlyList<ProgramHonour>> RecordAsync(IReadOnlyList<ProgramHonour> honours, Actor by);

    [Alias("list"), ReadOnly]
    Task<IReadOnlyList<ProgramHonour>> ListAsync();
}

/// <summary>A portal's calls, newest first. Key <c>{tenant}</c>; kept by the call grains.</summary>
[Alias("showcase.program-call-directory")]
public interface IProgramCallDirectoryGrain : IGrainWithStringKey
{
    [Alias("record")]
    Task RecordAsync(ProgramCallSummary summary);

    [Alias("list"), ReadOnly]
    Task<IReadOnlyList<ProgramCallSummary>> ListAsync();
}

public static class ProgramGrainFactoryExtensions
{
    public static IProgramCallGrain GetProgramCall(this IGrainFactory grains, ProgramCallKey key) => grains.GetGrain<IProgramCallGrain>(key.ToString());

    public static IProgramApplicationGrain GetProgramApplication(this IGrainFactory grains, ProgramApplicationKey key) =>
        grains.GetGrain<IProgramApplicationGrain>(key.ToString());

    public static IProgramHonoursGrain GetProgramHonours(this IGrainFactory grains, TenantId tenant) => grains.GetGrain<IProgramHonoursGrain>(tenant.Value);

    public static IProgramCallDirectoryGrain GetProgramCallDirectory(this IGrainFactory grains, TenantId tenant) =>
        grains.GetGrain<IProgramCallDirectoryGrain>(tenant.Value);
}
