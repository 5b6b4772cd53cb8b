using Showcase.Common;

namespace Showcase.Programs;

[GenerateSerializer, Alias("showcase.program-call-status")]
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ProgramCallStatus>))]
public enum ProgramCallStatus
{
    /// <summary>申报与推荐中: applicants submit, recommenders recommend, until the recommendation deadline.</summary>
    Open = 0,

    /// <summary>专家评审中: the experts score the recommended applications with the rubric.</summary>
    Reviewing = 1,

    /// <summary>公示中: the chosen projects are public and objections are taken until the objection period ends.</summary>
    Publicising = 2,

    /// <summary>已发布: the list is final; winners hold the honour and are in the showcase for their pilot period.</summary>
    Concluded = 3,
}

/// <summary>A call as it stands: its setup, recommenders and their quotas, every application's summary and each recommender's ranked list.</summary>
[GenerateSerializer, Immutable, Alias("showcase.program-call-snapshot")]
public sealed record ProgramCallSnapshot(
    [property: Id(0)] ProgramCallKey Key,
    [property: Id(1)] ProgramCallSetup Setup,
    [property: Id(2)] ProgramCallStatus Status,
    [property: Id(3)] int Version,
    [property: Id(4)] Owner Owner,
    [property: Id(5)] IReadOnlyList<RecommenderSeat> Recommenders,
    [property: Id(6)] IReadOnlyList<ProgramApplicationSummary> Applications,
    [property: Id(7)] IReadOnlyDictionary<string, IReadOnlyList<EntityId>> Recommendations,
    [property: Id(8)] DateTimeOffset CreatedAt,
    [property: Id(9)] DateTimeOffset UpdatedAt,
    [property: Id(10)] Challenges.ChallengeEvaluation Evaluation,
    [property: Id(11)] ProgramPublication? Publication)
{
    public ProgramRules Program => ProgramCatalog.Find(Setup.Program)!;

    /// <summary>Whether applications may be written, changed and submitted at <paramref name="now"/>: the call is open and its recommendation deadline not passed.</summary>
    public bool TakesApplicationsAt(DateTimeOffset now) => Status == ProgramCallStatus.Open && now <= Setup.RecommendationDue;

    public RecommenderSeat? Seat(EntityId organisation) => Recommenders.FirstOrDefault(r => r.Organisation == organisation);

    /// <summary>The applicants a recommender has recommended, in its order (1 first).</summary>
    public IReadOnlyList<EntityId> RecommendedBy(EntityId recommender) => Recommendations.GetValueOrDefault(recommender.Value) ?? [];

    /// <summary>Who recommended an applicant and at which rank, if anyone did.</summary>
    public (EntityId Recommender, int Rank)? RecommendationOf(EntityId applicant) =>
        Recommendations.SelectMany(r => r.Value.Select((a, i) => (Recommender: EntityId.Parse(r.Key), Applicant: a, Rank: i + 1)))
            .Where(x => x.Applicant == applicant).Select(x => ((EntityId, int)?)(x.Recommender, x.Rank)).FirstOrDefault();

    /// <summary>Every applicant a recommender recommended: what the experts review.</summary>
    public IEnumerable<EntityId> Recommended => Recommendations.Values.SelectMany(r => r);

    public ProgramApplicationSummary? Application(EntityId applicant) => Applications.FirstOrDefault(a => a.Applicant == applicant);

    public ProgramCallSummary Summary => new(Key.Id, Setup.Title ?? "", Setup.Program, Status, Setup.RecommendationDue, Applications.Count(a => a.Status == ProgramApplicationStatus.Submitted), Version, UpdatedAt);
}

[GenerateSerializer, Immutable, Alias("showcase.program-call-summary")]
public sealed record ProgramCallSummary(
    [property: Id(0)] EntityId Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string Program,
    [property: Id(3)] ProgramCallStatus Status,
    [property: Id(4)] DateTimeOffset RecommendationDue,
    [property: Id(5)] int SubmittedCount,
    [property: Id(6)] int Version,
    [property: Id(7)] DateTimeOffset UpdatedAt);

/// <summary>
/// The 公示 list: the chosen applicants, until when objections are taken, the objections and how they were
/// resolved, and, once concluded, the pilot period (试点示范期) the winners run.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.program-publication")]
public sealed record ProgramPublication(
    [property: Id(0)] IReadOnlyList<EntityId> Winners,
    [property: Id(1)] string? Note,
    [property: Id(2)] DateTimeOffset PublishedAt,
    [property: Id(3)] DateTimeOffset ObjectionsDue,
    [property: Id(4)] IReadOnlyList<ProgramObjection> Objections,
    [property: Id(5)] DateTimeOffset? ConcludedAt = null,
    [property: Id(6)] DateOnly? PilotEnds = null);

/// <summary>An objection (异议) to a project on the 公示 list; a curator upholds it (the project leaves the list) or dismisses it.</summary>
[GenerateSerializer, Immutable, Alias("showcase.program-objection")]
public sealed record ProgramObjection(
    [property: Id(0)] string Id,
    [property: Id(1)] EntityId Applicant,
    [property: Id(2)] string Text,
    [property: Id(3)] Audit.Actor By,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] bool? Upheld = null,
    [property: Id(6)] string? Resolution = null);

/// <summary>
/// A direction an organisation has already won (a demonstration project), from a published call here or entered by a
/// curator for earlier years: the program's notices bar applying for it again.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.program-honour")]
public sealed record ProgramHonour(
    [property: Id(0)] EntityId Organisation,
    [property: Id(1)] string Direction,
    [property: Id(2)] string ProjectName,
    [property: Id(3)] string Source);
