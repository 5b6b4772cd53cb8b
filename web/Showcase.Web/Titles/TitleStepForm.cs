using Showcase.Titles;

namespace Showcase.Web.Titles;

/// <summary>A step of a demonstration title as the curator records it: what, from which day, on what grounds.</summary>
public sealed class TitleStepForm
{
    public TitleAction? Action { get; set; }

    /// <summary>The <c>date</c> box's value (yyyy-MM-dd), read by <see cref="Layout.FormReader"/>.</summary>
    public string? On { get; set; }

    public string? Note { get; set; }
}
