namespace Showcase.Tenancy;

/// <summary>
/// The addresses of a portal's pages that grains, services and pages link to (notices, matches, messages), built in
/// one place so a page that moves moves everywhere.
/// </summary>
public static class PortalPaths
{
    public static string Portal(TenantId tenant) => $"/t/{tenant}";

    public static string Challenge(TenantId tenant, object id) => $"{Portal(tenant)}/challenges/{id}";

    public static string Case(TenantId tenant, object id) => $"{Portal(tenant)}/cases/{id}";

    /// <summary>The signed-in applicant's own application to a call.</summary>
    public static string MyApplication(TenantId tenant, object call) => $"{Portal(tenant)}/programs/{call}/application";

    /// <summary>“我的单位”: the signed-in person's organisation.</summary>
    public static string MyOrganisation(TenantId tenant) => $"{Portal(tenant)}/organisation";

    /// <summary>An organisation as its portal's admins review it.</summary>
    public static string OrganisationReview(TenantId tenant, object id) => $"{Portal(tenant)}/admin/organisations/{id}";
}
