namespace Showcase.Web.Layout;

/// <summary>A form of one text: a reason beside a decision, an answer, a report, a new password.</summary>
public sealed class TextForm
{
    public string? Text { get; set; }
}
