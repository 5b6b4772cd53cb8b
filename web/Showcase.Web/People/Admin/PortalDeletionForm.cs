namespace Showcase.Web.People.Admin;

/// <summary>What a platform admin types to schedule or confirm a portal's deletion: the portal's id.</summary>
public sealed class PortalDeletionForm
{
    public string? Confirm { get; set; }
}
