namespace Showcase.Web.Search;

/// <summary>The portal's synonym groups as typed (one group per line), with the version they were edited from.</summary>
public sealed class SynonymForm
{
    public string? Text { get; set; }

    public int Version { get; set; }
}
