namespace Showcase.Common;

/// <summary>
/// Whose an entity is: the account that created it and that account's organisation. Drafts are visible to their
/// owners (anyone in the organisation, or the account itself when it has none) and to curators.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.owner")]
public sealed record Owner(
    [property: Id(0)] EntityId? Account,
    [property: Id(1)] EntityId? Organisation)
{
    /// <summary>Nobody in particular: what the platform creates, and what an anonymous visitor is.</summary>
    public static Owner Nobody { get; } = new(null, null);

    /// <summary>Whether <paramref name="viewer"/> owns what this owner owns.</summary>
    public bool IncludesViewer(Owner viewer) =>
        (Organisation is not null && Organisation == viewer.Organisation)
        || (Account is not null && Account == viewer.Account);
}
