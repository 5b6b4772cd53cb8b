using Showcase.Common;

namespace Showcase.People;

/// <summary>One line of a tenant's organisation list.</summary>
[GenerateSerializer, Immutable, Alias("showcase.organisation-summary")]
public sealed record OrganisationSummary(
    [property: Id(0)] EntityId Id,
    [property: Id(1)] string Name,
    [property: Id(2)] OrganisationKind Kind,
    [property: Id(3)] int Version)
{
    [Id(4)] public string? CreditCode { get; init; }

    [Id(5)] public OrganisationStatus Status { get; init; }

    [Id(6)] public DateTimeOffset CreatedAt { get; init; }
}
