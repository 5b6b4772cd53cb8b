using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Scenarios;

/// <summary>The key of a scenario grain: <c>{tenant}/{id}</c>.</summary>
[GenerateSerializer, Immutable, Alias("showcase.scenario-key")]
public readonly record struct ScenarioKey(
    [property: Id(0)] TenantId Tenant,
    [property: Id(1)] EntityId Id)
{
    public static ScenarioKey Parse(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            throw new FormatException($"A scenario key looks like '{{tenant}}/{{id}}', not '{key}'.");
        }

        return new ScenarioKey(TenantId.Parse(key[..slash]), EntityId.Parse(key[(slash + 1)..]));
    }

    public override string ToString() => $"{Tenant}/{Id}";
}
