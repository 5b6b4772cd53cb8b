using Showcase.Common;

namespace Showcase.People;

/// <summary>What an account is in its tenant: its roles and the organisation it belongs to, if any.</summary>
[GenerateSerializer, Immutable, Alias("showcase.membership")]
public sealed record Membership(
    [property: Id(0)] IReadOnlyList<Role> Roles,
    [property: Id(1)] EntityId? Organisation)
{
    public static Membership None { get; } = new([], null);

    public bool Has(Role role) => Roles.Contains(role);

    public bool Equals(Membership? other) =>
        other is not null && Organisation == other.Organisation && Roles.Order().SequenceEqual(other.Roles.Order());

    public override int GetHashCode() => HashCode.Combine(Organisation, Roles.Count);
}
