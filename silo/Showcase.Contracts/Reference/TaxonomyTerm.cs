using Showcase.Tenancy;

namespace Showcase.Reference;

/// <summary>
/// One term of a reference list: a stable code stored in data, the Chinese name people read, its English name, and,
/// in a tree (programs → classes → directions, sectors → sub-industries, provinces → cities), the code of its parent.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.taxonomy-term")]
public sealed record TaxonomyTerm(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Parent = null,
    [property: Id(3)] string? English = null)
{
    /// <summary>The name in <paramref name="language"/> (<see cref="TenantProfile.Chinese"/> or <see cref="TenantProfile.English"/>).</summary>
    public string NameIn(string language) => language == TenantProfile.English ? English ?? Name : Name;
}
