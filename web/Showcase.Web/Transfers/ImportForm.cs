using Microsoft.AspNetCore.Http;
using Showcase.Listings;

namespace Showcase.Web.Transfers;

/// <summary>An import as chosen: what the file holds, the file, and whether its rows are published as they go in.</summary>
public sealed class ImportForm
{
    public CatalogKind? Kind { get; set; }

    public IFormFile? File { get; set; }

    public bool Publish { get; set; }
}
