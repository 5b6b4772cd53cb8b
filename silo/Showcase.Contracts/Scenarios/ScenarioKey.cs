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
        var (tenant, id) = TenantScopedKey.Split(key, "scenario");
        return new ScenarioKey(tenant, id);
    }

    public override string ToString() => $"{Tenant}/{Id}";
}
