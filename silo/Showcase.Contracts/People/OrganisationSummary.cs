using Showcase.Common;

namespace Showcase.People;

/// <summary>One line of a tenant's organisation list.</summary>
[GenerateSerializer, Immutable, Alias("showcase.organisation-summary")]
public sealed record OrganisationSummary(
    [property: Id(0)] EntityId Id,
    [property: Id(1)] string Name,
    [property: Id(2)] OrganisationKind Kind,
    [property: Id(3)] int Version);
