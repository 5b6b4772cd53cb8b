using Showcase.Common;

namespace Showcase.Listings;

/// <summary>
/// A filtered, sorted page of one kind's listing. Values within one filter are alternatives (any of them);
/// different filters must all hold. Program and sector codes match their descendants too (a program matches its
/// directions). Paging is by cursor: pass the previous page's <see cref="CatalogPage.EndCursor"/> as <see cref="After"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.catalog-query")]
public sealed record CatalogQuery
{
    [Id(0)] public IReadOnlyList<string> Statuses { get; init; } = [];

    [Id(1)] public IReadOnlyList<string> Industries { get; init; } = [];

    [Id(2)] public IReadOnlyList<string> Domains { get; init; } = [];

    [Id(3)] public IReadOnlyList<string> Technologies { get; init; } = [];

    [Id(4)] public IReadOnlyList<string> Programs { get; init; } = [];

    [Id(5)] public IReadOnlyList<string> Provinces { get; init; } = [];

    [Id(6)] public IReadOnlyList<string> Cities { get; init; } = [];

    [Id(7)] public IReadOnlyList<string> Sectors { get; init; } = [];

    [Id(8)] public IReadOnlyList<string> Levels { get; init; } = [];

    /// <summary>Only entries linked to this entity (the cases of a factory, a provider's delivered cases).</summary>
    [Id(9)] public EntityId? LinkedTo { get; init; }

    /// <summary>Words the title or subtitle must contain (full-text search is the catalog search's job).</summary>
    [Id(10)] public string? TitleContains { get; init; }

    [Id(11)] public CatalogSort Sort { get; init; }

    [Id(12)] public string? After { get; init; }

    [Id(13)] public int Take { get; init; } = 20;

    /// <summary>
    /// Who is looking: null sees everything (curators); otherwise the public entries plus those this owner owns.
    /// Set by the application service from the signed-in person, never by a caller.
    /// </summary>
    [Id(14)] public Owner? VisibleTo { get; init; } = Owner.Nobody;
}
