using System.Text.Json.Nodes;

namespace Showcase.Silo.Storage.Upgrades;

/// <summary>
/// A change in how one grain state is stored: the step that turns every stored row of <see cref="State"/> from the
/// old shape into the new one. Steps run when the database is brought up to date (at start, or <c>migrate</c>),
/// before any grain reads its state, in <see cref="Name"/> order, each once (recorded as <c>state/{Name}</c> beside the
/// SQL scripts). A field that is only added needs no step: a missing field reads as its default.
/// </summary>
public abstract class StateUpgrade
{
    /// <summary>Orders and records the step, e.g. <c>0001-account-email-lowercase</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The state name whose rows it rewrites (the grain's <c>[PersistentState]</c> name).</summary>
    public abstract string State { get; }

    /// <summary>One stored state in the old shape, turned into the new shape.</summary>
    public abstract JsonNode Upgrade(JsonNode state);

    public string RecordName => "state/" + Name;
}

/// <summary>The state upgrades this version ships, in order; empty while no stored state has changed shape.</summary>
public static class StateUpgrades
{
    public static IReadOnlyList<StateUpgrade> Shipped { get; } = [];
}
