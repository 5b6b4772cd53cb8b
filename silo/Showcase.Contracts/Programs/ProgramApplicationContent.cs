using Showcase.Common;
using Showcase.Files;

namespace Showcase.Programs;

/// <summary>
/// An application (申报书): the cover (project name, the directions applied for, the recommender chosen) and the
/// answers to the forms its directions call for, keyed <c>{form}/{field}</c>, and the 证明材料 attached to their slots,
/// keyed <c>{form}/{slot}</c>.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.program-application-content")]
public sealed record ProgramApplicationContent
{
    [Id(0)] public string? ProjectName { get; init; }

    [Id(1)] public IReadOnlyList<string> Directions { get; init; } = [];

    [Id(2)] public EntityId? Recommender { get; init; }

    [Id(3)] public IReadOnlyDictionary<string, string> Answers { get; init; } = new Dictionary<string, string>();

    [Id(4)] public IReadOnlyDictionary<string, IReadOnlyList<Attachment>> Files { get; init; } = new Dictionary<string, IReadOnlyList<Attachment>>();

    public string? Answer(string key) => Answers.GetValueOrDefault(key);

    /// <summary>The files attached to a slot (<c>{form}/{slot}</c>), in the order given.</summary>
    public IReadOnlyList<Attachment> FilesOf(string key) => Files.GetValueOrDefault(key) ?? [];

    public IEnumerable<Attachment> AllFiles => Files.Values.SelectMany(f => f);

    public bool Equals(ProgramApplicationContent? other) =>
        other is not null && ProjectName == other.ProjectName && Recommender == other.Recommender && Directions.SequenceEqual(other.Directions)
        && Answers.Count == other.Answers.Count && Answers.All(a => other.Answers.TryGetValue(a.Key, out var v) && v == a.Value)
        && Files.Count == other.Files.Count && Files.All(f => other.Files.TryGetValue(f.Key, out var v) && v.SequenceEqual(f.Value));

    public override int GetHashCode() => HashCode.Combine(ProjectName, Recommender, Directions.Count, Answers.Count, Files.Count);
}

[GenerateSerializer, Alias("showcase.program-application-status")]
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ProgramApplicationStatus>))]
public enum ProgramApplicationStatus
{
    /// <summary>草稿: saved, seen by its applicant only.</summary>
    Draft = 0,

    /// <summary>已提交: complete, pledged and handed to the recommender.</summary>
    Submitted = 1,

    /// <summary>已撤回: taken back by the applicant; it may be submitted again before the deadline.</summary>
    Withdrawn = 2,
}

[GenerateSerializer, Immutable, Alias("showcase.program-application-snapshot")]
public sealed record ProgramApplicationSnapshot(
    [property: Id(0)] ProgramApplicationKey Key,
    [property: Id(1)] ProgramApplicationContent Content,
    [property: Id(2)] ProgramApplicationStatus Status,
    [property: Id(3)] int Version,
    [property: Id(4)] Owner Owner,
    [property: Id(5)] string ApplicantName,
    [property: Id(6)] DateTimeOffset CreatedAt,
    [property: Id(7)] DateTimeOffset UpdatedAt,
    [property: Id(8)] DateTimeOffset? SubmittedAt,
    [property: Id(9)] Audit.Actor? PledgedBy)
{
    public ProgramApplicationSummary Summary => new(Key.Applicant, ApplicantName, Content.ProjectName ?? "", Content.Directions, Content.Recommender, Status, Version, UpdatedAt);
}

/// <summary>What the call keeps of each application: enough for recommenders' lists and the 汇总表.</summary>
[GenerateSerializer, Immutable, Alias("showcase.program-application-summary")]
public sealed record ProgramApplicationSummary(
    [property: Id(0)] EntityId Applicant,
    [property: Id(1)] string ApplicantName,
    [property: Id(2)] string ProjectName,
    [property: Id(3)] IReadOnlyList<string> Directions,
    [property: Id(4)] EntityId? Recommender,
    [property: Id(5)] ProgramApplicationStatus Status,
    [property: Id(6)] int Version,
    [property: Id(7)] DateTimeOffset UpdatedAt);
