namespace Showcase.People;

/// <summary>
/// What an organisation says about itself. Sign-up asks for everything (legal name, 统一社会信用代码, region, address,
/// contact); organisations a tenant admin creates may leave the registration details out.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.organisation-profile")]
public sealed record OrganisationProfile(
    [property: Id(0)] string Name,
    [property: Id(1)] OrganisationKind Kind,
    [property: Id(2)] string? Introduction)
{
    /// <summary>统一社会信用代码, normalized (<see cref="People.CreditCode"/>); unique within a portal.</summary>
    [Id(3)] public string? CreditCode { get; init; }

    /// <summary>A <c>province</c> reference code.</summary>
    [Id(4)] public string? Province { get; init; }

    /// <summary>A <c>city</c> reference code within <see cref="Province"/>.</summary>
    [Id(5)] public string? City { get; init; }

    [Id(6)] public string? Address { get; init; }

    [Id(7)] public string? ContactName { get; init; }

    [Id(8)] public string? ContactPhone { get; init; }

    [Id(9)] public string? ContactEmail { get; init; }

    /// <summary>For providers, an <c>applicant-kind</c> code (制造企业, 信息技术企业, …): it becomes the provider entry's kind.</summary>
    [Id(10)] public string? ProviderKind { get; init; }

    /// <summary>For providers, the main capability: an <c>industry</c> code …</summary>
    [Id(11)] public string? ProviderIndustry { get; init; }

    /// <summary>… and a <c>domain</c> code. With the introduction as summary, enough for the provider entry to be listed.</summary>
    [Id(12)] public string? ProviderDomain { get; init; }
}
