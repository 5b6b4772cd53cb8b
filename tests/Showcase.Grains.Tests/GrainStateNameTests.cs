using System.Reflection;
using Showcase.Grains.Scenarios;

namespace Showcase.Grains.Tests;

public sealed class GrainStateNameTests
{
    /// <summary>
    /// ADO.NET storage keys rows by grain id and state name, not grain type: two grain types with the same key and
    /// state name would share (and overwrite) one row. Every grain type must use its own state name.
    /// </summary>
    [Fact]
    public void PersistentStateNames_AreUniqueAcrossGrainTypes()
    {
        var grainTypes = typeof(ScenarioGrain).Assembly.GetTypes().Where(t => typeof(Grain).IsAssignableFrom(t)).ToList();

        Assert.NotEmpty(StateNames(grainTypes));
        Assert.Empty(Clashes(grainTypes));
    }

    /// <summary>
    /// A portal import writes each archived row through the grain storage under the grain id (state name, key): that
    /// is the id the grain reads its state with only while every grain type is named as its state.
    /// </summary>
    [Fact]
    public void EveryGrainWithAPersistentState_IsNamedAsItsState()
    {
        var named = typeof(ScenarioGrain).Assembly.GetTypes()
            .Where(t => typeof(Grain).IsAssignableFrom(t) && t.GetCustomAttribute<GrainTypeAttribute>() is not null)
            .SelectMany(t => StateNames([t]).Select(n => (Type: t.GetCustomAttribute<GrainTypeAttribute>()!.GetGrainType(null!, t).ToString(), State: n.Name)))
            .ToList();

        Assert.NotEmpty(named);
        Assert.All(named, n => Assert.Equal(n.State, n.Type));
    }

    [Fact]
    public void TheCheck_FindsTwoGrainTypesSharingAStateName() =>
        Assert.Equal(["shared"], Clashes([typeof(FirstGrain), typeof(SecondGrain)]));

    [Fact]
    public void TheCheck_SeesAStateNameConstant() =>
        Assert.Equal(["bid"], Clashes([typeof(Showcase.Grains.Challenges.BidGrain), typeof(BidNamedGrain)]));

    private static IReadOnlyList<string> Clashes(IEnumerable<Type> grainTypes) =>
        StateNames(grainTypes).GroupBy(n => n.Name, StringComparer.Ordinal)
            .Where(g => g.Select(n => n.Grain).Distinct().Count() > 1)
            .Select(g => g.Key)
            .ToList();

    // A grain that writes through IGrainStorage itself (the bid grain) names its state in a StateName constant.
    private static IReadOnlyList<(Type Grain, string Name)> StateNames(IEnumerable<Type> grainTypes) =>
        grainTypes
            .SelectMany(t => t.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => (Grain: t, p.GetCustomAttribute<PersistentStateAttribute>()?.StateName))
                .Append((Grain: t, StateName: t.GetField("StateName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string)))
            .Where(n => n.StateName is not null)
            .Select(n => (n.Grain, n.StateName!))
            .ToList();

    private sealed class FirstGrain([PersistentState("shared")] IPersistentState<object> state) : Grain
    {
        public object State => state.State;
    }

    private sealed class BidNamedGrain([PersistentState("bid")] IPersistentState<object> state) : Grain
    {
        public object State => state.State;
    }

    private sealed class SecondGrain([PersistentState("shared")] IPersistentState<object> state) : Grain
    {
        public object State => state.State;
    }
}
