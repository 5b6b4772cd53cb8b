using Showcase.Tenancy;

namespace Showcase.Common;

/// <summary>Reads the <c>{tenant}/{id}</c> grain keys that every tenant-owned entity uses.</summary>
public static class TenantScopedKey
{
    public static (TenantId Tenant, EntityId Id) Split(string key, string kind)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            throw new FormatException($"A {kind} key looks like '{{tenant}}/{{id}}', not '{key}'.");
        }

        return (TenantId.Parse(key[..slash]), EntityId.Parse(key[(slash + 1)..]));
    }
}
