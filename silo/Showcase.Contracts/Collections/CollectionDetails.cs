using Showcase.Common;

namespace Showcase.Collections;

/// <summary>What the cover and the first pages of a collection say: its title, the event it is for, and an introduction.</summary>
[GenerateSerializer, Immutable, Alias("showcase.collection-details")]
public sealed record CollectionDetails
{
    /// <summary>案例集名称, for example “2026 年智能制造优秀场景案例集”.</summary>
    [Id(0)] public string? Title { get; init; }

    [Id(1)] public string? Subtitle { get; init; }

    /// <summary>The conference or on-site meeting (现场会) it is prepared for.</summary>
    [Id(2)] public string? EventName { get; init; }

    [Id(3)] public DateOnly? EventDate { get; init; }

    [Id(4)] public string? EventPlace { get; init; }

    /// <summary>前言, in Markdown.</summary>
    [Id(5)] public string? Introduction { get; init; }

    /// <summary>The title, subtitle (as its summary) and introduction (as its body) in English.</summary>
    [Id(6)] public EnglishText English { get; init; } = EnglishText.None;
}
