using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Showcase.Catalog.Markdown;

/// <summary>
/// Renders what authors write (Markdown) to HTML that is safe to show to anyone: raw HTML in the source is
/// escaped by Markdig, and the sanitizer then removes what Markdown itself can produce, such as
/// <c>javascript:</c> and <c>data:</c> links. Images show only an entity's own pictures, written
/// <c>![说明](picture:{id})</c>; any other image becomes its description in plain text.
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
    /// the page's outline stays in order whether the author started at “#” or “##”. <paramref name="pictureUrl"/> gives
    /// the address of a picture the text may show by its id, or null for one it may not.
    /// </summary>
    public string ToHtml(string? markdown, int? belowHeading = null, Func<string, string?>? pictureUrl = null)
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

        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage).ToList())
        {
            if (PictureId(image) is { } id && pictureUrl?.Invoke(id) is { } address)
            {
                image.Url = address;
            }
            else
            {
                image.ReplaceBy(new LiteralInline(string.Concat(image.OfType<LiteralInline>().Select(l => l.Content.ToString()))), copyChildren: false);
            }
        }

        return _sanitizer.Sanitize(document.ToHtml(Pipeline));
    }

    /// <summary>How a Markdown body names one of its entity's pictures: <c>![说明](picture:{id})</c>.</summary>
    public const string PictureScheme = "picture:";

    /// <summary>The ids of the pictures <paramref name="markdown"/> places, in order, each once.</summary>
    public static IReadOnlyList<string> PictureIds(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown)
            ? []
            : [.. Markdig.Markdown.Parse(markdown, Pipeline).Descendants<LinkInline>().Select(PictureId).OfType<string>().Distinct()];

    /// <summary>The id an image names with <c>picture:{id}</c>, or null for anything else.</summary>
    public static string? PictureId(LinkInline link) =>
        link.IsImage && link.Url is { } url && url.StartsWith(PictureScheme, StringComparison.Ordinal) ? url[PictureScheme.Length..] : null;

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Remove("style");
        // img stays allowed: by the time the sanitizer runs, images are only the entity's own pictures (see ToHtml).
        return sanitizer;
    }
}
