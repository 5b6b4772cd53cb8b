using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.People;

/// <summary>
/// The key of an account grain: <c>{tenant}/{login}</c>. An account belongs to one tenant; platform admins
/// belong to the reserved <see cref="TenantId.Platform"/> tenant.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.account-key")]
public readonly record struct AccountKey(
    [property: Id(0)] TenantId Tenant,
    [property: Id(1)] EntityId Login)
{
    public static AccountKey Parse(string key)
    {
        var (tenant, login) = TenantScopedKey.Split(key, "account");
        return new AccountKey(tenant, login);
    }

    public override string ToString() => $"{Tenant}/{Login}";
}
