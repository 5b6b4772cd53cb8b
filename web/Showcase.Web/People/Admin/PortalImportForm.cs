using Microsoft.AspNetCore.Http;

namespace Showcase.Web.People.Admin;

/// <summary>A portal archive chosen for import.</summary>
public sealed class PortalImportForm
{
    public IFormFile? File { get; set; }
}
