using Ganss.Xss;
using Markdig;
using Markdig.Syntax;

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

    /// <summary>
    /// The author's Markdown as safe HTML. Under <paramref name="belowHeading"/> (the level of the page's own heading
    /// it sits under), the author's top headings become the next level down and the rest follow, never past h6, so
    /// the page's outline stays in order whether the author started at “#” or “##”.
    /// </summary>
    public string ToHtml(string? markdown, int? belowHeading = null)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        if (belowHeading is { } parent && document.Descendants<HeadingBlock>().ToList() is { Count: > 0 } headings)
        {
            var shift = parent + 1 - headings.Min(h => h.Level);
            foreach (var heading in headings)
            {
                heading.Level = Math.Min(6, heading.Level + shift);
            }
        }

        return _sanitizer.Sanitize(document.ToHtml(Pipeline));
    }

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
