using Showcase.Common;

namespace Showcase.People;

/// <summary>One line of a tenant's member list.</summary>
[GenerateSerializer, Immutable, Alias("showcase.account-summary")]
public sealed record AccountSummary(
    [property: Id(0)] EntityId Login,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] Membership Membership,
    [property: Id(3)] int Version)
{
    [Id(4)] public bool IsOrganisationAdmin { get; init; }

    [Id(5)] public bool IsLocked { get; init; }

    [Id(6)] public EntityId? RequestedOrganisation { get; init; }

    [Id(7)] public DateTimeOffset CreatedAt { get; init; }
}
