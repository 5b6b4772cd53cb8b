using Showcase.Common;
using Showcase.Pictures;

namespace Showcase.Providers;

/// <summary>What a solution provider (系统解决方案供应商) registers about itself.</summary>
[GenerateSerializer, Immutable, Alias("showcase.provider-profile")]
public sealed record ProviderProfile
{
    [Id(0)] public string? Name { get; init; }

    /// <summary>An <c>applicant-kind</c> code: 制造企业, 信息技术企业, 互联网企业, 电信运营商, 科研院所, 联合体.</summary>
    [Id(1)] public string? Kind { get; init; }

    [Id(2)] public string? Province { get; init; }

    [Id(3)] public string? City { get; init; }

    [Id(4)] public string? Summary { get; init; }

    /// <summary>The provider's story, in Markdown.</summary>
    [Id(5)] public string? Body { get; init; }

    [Id(6)] public IReadOnlyList<Capability> Capabilities { get; init; } = [];

    /// <summary>Certificates and qualifications (两化融合管理体系评定, CMMI, 系统集成资质, …).</summary>
    [Id(7)] public IReadOnlyList<string> Qualifications { get; init; } = [];

    /// <summary>The 2020 platform form's figures, for providers that run a platform.</summary>
    [Id(8)] public PlatformFigures? Platform { get; init; }

    /// <summary>Cover and gallery, shown while the entity is public.</summary>
    [Id(9)] public PictureSet Pictures { get; init; } = PictureSet.None;

    /// <summary>The name, summary and body in English.</summary>
    [Id(10)] public EnglishText English { get; init; } = EnglishText.None;

    public static ProviderProfile Empty { get; } = new();

    public bool Equals(ProviderProfile? other) =>
        other is not null && (Name, Kind, Province, City, Summary, Body, Platform) == (other.Name, other.Kind, other.Province, other.City, other.Summary, other.Body, other.Platform)
        && Capabilities.SequenceEqual(other.Capabilities) && Qualifications.SequenceEqual(other.Qualifications)
        && Pictures.Equals(other.Pictures) && English.Equals(other.English);

    public override int GetHashCode() => HashCode.Combine(Name, Kind, City);
}
