namespace Showcase.Audit;

/// <summary>
/// Who made a change: an account (<c>{tenant}/{login}</c>) with the name shown at the time, or the platform itself.
/// Every changing grain method takes one and writes it into the entity's history.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.actor")]
public sealed record Actor(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name)
{
    /// <summary>The platform acting on its own: first-start seeding, scheduled sweeps.</summary>
    public static Actor System { get; } = new("system", "系统");
}
