using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Challenges;

/// <summary>The key of a challenge (揭榜挂帅 task, 榜单) grain: <c>{tenant}/{id}</c>.</summary>
[GenerateSerializer, Immutable, Alias("showcase.challenge-key")]
public readonly record struct ChallengeKey(
    [property: Id(0)] TenantId Tenant,
    [property: Id(1)] EntityId Id)
{
    public static ChallengeKey Parse(string key)
    {
        var (tenant, id) = TenantScopedKey.Split(key, "challenge");
        return new ChallengeKey(tenant, id);
    }

    public override string ToString() => $"{Tenant}/{Id}";
}
