namespace Showcase.Providers;

/// <summary>What a provider can deliver: an industry × a domain, with the technologies it uses there.</summary>
[GenerateSerializer, Immutable, Alias("showcase.capability")]
public sealed record Capability(
    [property: Id(0)] string Industry,
    [property: Id(1)] string Domain,
    [property: Id(2)] IReadOnlyList<string> Technologies)
{
    public bool Equals(Capability? other) =>
        other is not null && Industry == other.Industry && Domain == other.Domain && Technologies.SequenceEqual(other.Technologies);

    public override int GetHashCode() => HashCode.Combine(Industry, Domain);
}
