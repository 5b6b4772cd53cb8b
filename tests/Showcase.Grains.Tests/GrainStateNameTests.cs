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
        var names = typeof(ScenarioGrain).Assembly.GetTypes()
            .Where(t => typeof(Grain).IsAssignableFrom(t))
            .SelectMany(t => t.GetConstructors().SelectMany(c => c.GetParameters()))
            .Select(p => p.GetCustomAttribute<PersistentStateAttribute>()?.StateName)
            .OfType<string>()
            .ToList();

        Assert.NotEmpty(names);
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }
}
