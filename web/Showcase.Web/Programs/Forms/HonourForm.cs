namespace Showcase.Web.Programs.Forms;

/// <summary>An earlier honour being recorded: the organisation, the direction it won, the project and the batch.</summary>
public sealed class HonourForm
{
    public string? Organisation { get; set; }

    public string? Direction { get; set; }

    public string? ProjectName { get; set; }

    public string? Source { get; set; }
}
