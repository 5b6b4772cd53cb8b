using Showcase.Common;
using Showcase.Pictures;

namespace Showcase.Factories;

/// <summary>What is declared about a demonstration factory (智能制造示范工厂).</summary>
[GenerateSerializer, Immutable, Alias("showcase.factory-profile")]
public sealed record FactoryProfile
{
    /// <summary>工厂名称, e.g. 某某公司高端轴承智能制造示范工厂.</summary>
    [Id(0)] public string? Name { get; init; }

    /// <summary>The enterprise that runs it.</summary>
    [Id(1)] public string? Enterprise { get; init; }

    [Id(2)] public string? Province { get; init; }

    [Id(3)] public string? City { get; init; }

    /// <summary>A sub-industry code of the <c>sector</c> list; the sector (原材料 / 装备制造 / 消费品 / 电子信息) follows from it.</summary>
    [Id(4)] public string? SubIndustry { get; init; }

    /// <summary><c>national</c> or <c>provincial</c>.</summary>
    [Id(5)] public string? Level { get; init; }

    [Id(6)] public string? Summary { get; init; }

    /// <summary>The factory's story, in Markdown.</summary>
    [Id(7)] public string? Body { get; init; }

    [Id(8)] public IReadOnlyList<string> Technologies { get; init; } = [];

    /// <summary>The 揭榜挂帅 task the factory answered (its title, until tasks are in the catalog).</summary>
    [Id(9)] public string? AnsweredTask { get; init; }

    /// <summary>The scenarios it hosts.</summary>
    [Id(10)] public IReadOnlyList<EntityId> Scenarios { get; init; } = [];

    /// <summary>Cover and gallery, shown while the entity is public.</summary>
    [Id(11)] public PictureSet Pictures { get; init; } = PictureSet.None;

    /// <summary>The name, summary and body in English.</summary>
    [Id(12)] public EnglishText English { get; init; } = EnglishText.None;

    public static FactoryProfile Empty { get; } = new();

    public bool Equals(FactoryProfile? other) =>
        other is not null
        && (Name, Enterprise, Province, City, SubIndustry, Level, Summary, Body, AnsweredTask)
            == (other.Name, other.Enterprise, other.Province, other.City, other.SubIndustry, other.Level, other.Summary, other.Body, other.AnsweredTask)
        && Technologies.SequenceEqual(other.Technologies) && Scenarios.SequenceEqual(other.Scenarios)
        && Pictures.Equals(other.Pictures) && English.Equals(other.English);

    public override int GetHashCode() => HashCode.Combine(Name, Enterprise, City);
}
