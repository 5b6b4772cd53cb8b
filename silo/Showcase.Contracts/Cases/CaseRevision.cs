using Showcase.Audit;

namespace Showcase.Cases;

/// <summary>A kept version of a case's content: every edit makes one; the published one is what the public reads.</summary>
[GenerateSerializer, Immutable, Alias("showcase.case-revision")]
public sealed record CaseRevision(
    [property: Id(0)] int Number,
    [property: Id(1)] CaseContent Content,
    [property: Id(2)] DateTimeOffset SavedAt,
    [property: Id(3)] Actor By);
