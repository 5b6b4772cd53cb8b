namespace Showcase.Tenancy;

/// <summary>
/// A tenant (organiser portal). Key: <c>{tenant}</c>, built with <see cref="TenantGrainFactoryExtensions.GetTenant"/>.
/// </summary>
[Alias("showcase.tenant")]
public interface ITenantGrain : IGrainWithStringKey
{
    /// <summary>Creates the tenant with this profile if it does not exist yet; an existing tenant is left as it is.</summary>
    [Alias("ensure-created")]
    Task<TenantSnapshot> EnsureCreatedAsync(TenantProfile profile);

    /// <summary>The tenant, or <c>null</c> when no such tenant was ever created.</summary>
    [Alias("get")]
    Task<TenantSnapshot?> GetAsync();
}
