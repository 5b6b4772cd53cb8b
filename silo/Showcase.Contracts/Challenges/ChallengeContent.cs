using Showcase.Common;
namespace Showcase.Challenges;

/// <summary>考核指标: what the delivered result must reach, e.g. 设备综合效率 ≥ 85 %.</summary>
[GenerateSerializer, Immutable, Alias("showcase.challenge-indicator")]
public sealed record ChallengeIndicator(
    [property: Id(0)] string Name,
    [property: Id(1)] string Target,
    [property: Id(2)] string? Unit = null);

/// <summary>揭榜条件: who may take the challenge up. Empty lists mean "any".</summary>
[GenerateSerializer, Immutable, Alias("showcase.challenge-eligibility")]
public sealed record ChallengeEligibility
{
    public static ChallengeEligibility Anyone { get; } = new();

    /// <summary>Applicant kind codes (制造企业, 软件和信息技术服务企业, 联合体, …).</summary>
    [Id(0)] public IReadOnlyList<string> ApplicantKinds { get; init; } = [];

    /// <summary>Province codes the provider must be registered in.</summary>
    [Id(1)] public IReadOnlyList<string> Provinces { get; init; } = [];

    /// <summary>Qualifications the provider must hold, as it lists them (e.g. 信息系统集成资质).</summary>
    [Id(2)] public IReadOnlyList<string> Qualifications { get; init; } = [];

    /// <summary>Published cases the provider has delivered in the challenge's industry.</summary>
    [Id(3)] public int MinDeliveredCases { get; init; }

    public bool Equals(ChallengeEligibility? other) =>
        other is not null && MinDeliveredCases == other.MinDeliveredCases && ApplicantKinds.SequenceEqual(other.ApplicantKinds)
        && Provinces.SequenceEqual(other.Provinces) && Qualifications.SequenceEqual(other.Qualifications);

    public override int GetHashCode() => HashCode.Combine(MinDeliveredCases, ApplicantKinds.Count, Provinces.Count, Qualifications.Count);
}

/// <summary>
/// A challenge (榜单) as its poster writes it: the background, the goals, the indicators with targets, who may take
/// it up, the budget (万元) and the deadlines, and where it belongs (industry, domain, scenes).
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.challenge-content")]
public sealed record ChallengeContent
{
    [Id(0)] public string? Title { get; init; }

    [Id(1)] public string? Background { get; init; }

    [Id(2)] public string? Goals { get; init; }

    [Id(3)] public IReadOnlyList<ChallengeIndicator> Indicators { get; init; } = [];

    [Id(4)] public ChallengeEligibility Eligibility { get; init; } = ChallengeEligibility.Anyone;

    [Id(5)] public decimal? BudgetMin { get; init; }

    [Id(6)] public decimal? BudgetMax { get; init; }

    /// <summary>Questions are taken until then.</summary>
    [Id(7)] public DateTimeOffset? QuestionsDue { get; init; }

    /// <summary>No bid is taken, revised or withdrawn after this moment.</summary>
    [Id(8)] public DateTimeOffset? BidsDue { get; init; }

    [Id(9)] public DateTimeOffset? EvaluationDue { get; init; }

    [Id(10)] public DateTimeOffset? DeliveryDue { get; init; }

    [Id(11)] public string? Industry { get; init; }

    [Id(12)] public string? Domain { get; init; }

    [Id(13)] public IReadOnlyList<string> Scenes { get; init; } = [];

    /// <summary>Technology codes the work calls for (5G, 机器视觉, 数字孪生, …).</summary>
    [Id(14)] public IReadOnlyList<string> Technologies { get; init; } = [];

    /// <summary>Where the work is done (province code).</summary>
    [Id(15)] public string? Province { get; init; }

    /// <summary>The title, goals (as its summary) and background (as its body) in English.</summary>
    [Id(16)] public EnglishText English { get; init; } = EnglishText.None;

    public bool Equals(ChallengeContent? other) =>
        other is not null && Title == other.Title && Background == other.Background && Goals == other.Goals
        && Indicators.SequenceEqual(other.Indicators) && Eligibility.Equals(other.Eligibility)
        && BudgetMin == other.BudgetMin && BudgetMax == other.BudgetMax && QuestionsDue == other.QuestionsDue
        && BidsDue == other.BidsDue && EvaluationDue == other.EvaluationDue && DeliveryDue == other.DeliveryDue
        && Industry == other.Industry && Domain == other.Domain && Scenes.SequenceEqual(other.Scenes)
        && Technologies.SequenceEqual(other.Technologies) && Province == other.Province && English.Equals(other.English);

    public override int GetHashCode() => HashCode.Combine(Title, Goals, BidsDue, Industry);
}
