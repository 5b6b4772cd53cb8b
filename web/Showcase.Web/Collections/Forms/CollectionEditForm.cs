namespace Showcase.Web.Collections.Forms;

/// <summary>
/// What the forms on a collection's edit page post: the version they were shown at, and each form's own fields — the
/// chapter and case buttons (<see cref="Do"/> as <c>action|target</c>) with every case's target chapter and 编者按,
/// a new chapter's title, the found cases ticked and their chapter, and the cover.
/// </summary>
public sealed class CollectionEditForm
{
    public int Version { get; set; }

    public string? Do { get; set; }

    public Dictionary<string, int> MoveTo { get; set => field = value ?? []; } = [];

    public Dictionary<string, string?> Notes { get; set => field = value ?? []; } = [];

    public string? SectionTitle { get; set; }

    public string[] Cases { get; set => field = value ?? []; } = [];

    public int Section { get; set; }

    public CollectionDetailsForm? Details { get; set; }
}
