using Showcase.Tenancy;

namespace Showcase.Grains.Tests;

public static class TestTenants
{
    /// <summary>A tenant id no other test uses.</summary>
    public static TenantId Fresh() => TenantId.Parse("t-" + Guid.NewGuid().ToString("N")[..12]);
}
