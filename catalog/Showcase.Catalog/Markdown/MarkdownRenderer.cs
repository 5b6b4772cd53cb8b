using Ganss.Xss;
using Markdig;

namespace Showcase.Catalog.Markdown;

/// <summary>
/// Renders what authors write (Markdown) to HTML that is safe to show to anyone: raw HTML in the source is
/// escaped by Markdig, and the sanitizer then removes what Markdown itself can produce, such as
/// <c>javascript:</c> and <c>data:</c> links.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : _sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown, Pipeline));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("img");
        return sanitizer;
    }
}
