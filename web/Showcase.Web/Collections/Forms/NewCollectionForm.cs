namespace Showcase.Web.Collections.Forms;

/// <summary>
/// A new collection as typed: its cover, and when it comes from the search page, that page's words and filters
/// (one <c>dimension=value</c> per hidden field) and the chapter their cases go into.
/// </summary>
public sealed class NewCollectionForm
{
    public CollectionDetailsForm Details { get; set; } = new();

    public string[] Seed { get; set => field = value ?? []; } = [];

    public string? SeedSection { get; set; }
}
