namespace Showcase.Programs;

/// <summary>
/// What a curator decides when opening a call (批次) from a shipped program: its title and introduction, the
/// deadlines (推荐截止, 专家评审截止, 公示), how many days objections are taken during publication, and optionally a
/// province's own split of recommendations among its cities.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.program-call-setup")]
public sealed record ProgramCallSetup
{
    [Id(0)] public string Program { get; init; } = "";

    [Id(1)] public string? Title { get; init; }

    [Id(2)] public string? Introduction { get; init; }

    /// <summary>Applications are submitted and recommended until then.</summary>
    [Id(3)] public DateTimeOffset RecommendationDue { get; init; }

    [Id(4)] public DateTimeOffset ReviewDue { get; init; }

    [Id(5)] public DateTimeOffset PublicationDue { get; init; }

    [Id(6)] public int ObjectionDays { get; init; } = 7;

    [Id(7)] public string? QuotaScheme { get; init; }
}

/// <summary>
/// A recommender (推荐单位) admitted to a call: its organisation, kind, city (for a province's split) and the quota in
/// force — set explicitly, or else from the call's quota scheme, or else from the program's notice; null when none
/// applies.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.recommender-seat")]
public sealed record RecommenderSeat(
    [property: Id(0)] Common.EntityId Organisation,
    [property: Id(1)] string Kind,
    [property: Id(2)] string? City = null,
    [property: Id(3)] int? Quota = null,
    [property: Id(4)] string? Name = null);
