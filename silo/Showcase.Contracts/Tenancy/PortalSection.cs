namespace Showcase.Tenancy;

/// <summary>A section of a portal: its list, its “new” form, an item and the item's edit form.</summary>
public readonly record struct PortalSection(string Path)
{
    public string New => Path + "/new";

    public string Item(object id) => $"{Path}/{id}";

    public string Edit(object id) => Item(id) + "/edit";

    public override string ToString() => Path;

    public static implicit operator string(PortalSection section) => section.Path;
}
