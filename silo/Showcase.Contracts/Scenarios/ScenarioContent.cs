using Showcase.Common;
using Showcase.Pictures;

namespace Showcase.Scenarios;

/// <summary>
/// What an author writes about a scenario (典型场景). A draft may leave fields empty; publishing needs
/// a title, a summary, at least one stage, an industry and a domain.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.scenario-content")]
public sealed record ScenarioContent
{
    public static ScenarioContent Empty { get; } = new();

    /// <summary>场景名称.</summary>
    [Id(0)] public string? Title { get; init; }

    /// <summary>场景概述: what is done, where, and how.</summary>
    [Id(1)] public string? Summary { get; init; }

    /// <summary>制造环节 codes (设计/生产/管理/服务).</summary>
    [Id(2)] public IReadOnlyList<string> Stages { get; init; } = [];

    /// <summary>行业 code.</summary>
    [Id(3)] public string? Industry { get; init; }

    /// <summary>领域 code.</summary>
    [Id(4)] public string? Domain { get; init; }

    /// <summary>Technology codes (5G, 工业互联网, 大数据, …).</summary>
    [Id(5)] public IReadOnlyList<string> Technologies { get; init; } = [];

    /// <summary>关键需求: the need the scenario answers.</summary>
    [Id(6)] public string? NeedAnswered { get; init; }

    /// <summary>成效: the measured benefits.</summary>
    [Id(7)] public string? Benefits { get; init; }

    /// <summary>Cover and gallery, shown once the scenario is published.</summary>
    [Id(8)] public PictureSet Pictures { get; init; } = PictureSet.None;

    /// <summary>The title and summary in English (a scenario has no body to translate).</summary>
    [Id(9)] public EnglishText English { get; init; } = EnglishText.None;

    /// <summary>Value equality, lists included (a record would compare the lists by reference).</summary>
    public bool Equals(ScenarioContent? other) =>
        other is not null
        && Title == other.Title
        && Summary == other.Summary
        && Industry == other.Industry
        && Domain == other.Domain
        && NeedAnswered == other.NeedAnswered
        && Benefits == other.Benefits
        && Stages.SequenceEqual(other.Stages)
        && Technologies.SequenceEqual(other.Technologies)
        && Pictures.Equals(other.Pictures) && English.Equals(other.English);

    public override int GetHashCode() => HashCode.Combine(Title, Summary, Industry, Domain, Stages.Count, Technologies.Count);
}
