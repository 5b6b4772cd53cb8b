using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Showcase.Catalog.Markdown;

namespace Showcase.Catalog.Tests.Markdown;

/// <summary>
/// Every payload of <c>xss-corpus.txt</c> rendered and parsed again as a browser would: no element that runs or
/// loads anything, no event handler, no style, and no link that is not http, https, mailto or relative.
/// </summary>
public sealed class MarkdownXssCorpusTests
{
    private static readonly HashSet<string> ForbiddenElements =
        ["script", "svg", "math", "iframe", "object", "embed", "style", "img", "form", "base", "link", "meta", "details", "body", "button"];

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "background"];

    private readonly MarkdownRenderer _renderer = new();

    public static TheoryData<string> Payloads()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Markdown", "xss-corpus.txt");
        var data = new TheoryData<string>();
        foreach (var line in File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            data.Add(line.Replace("\\n", "\n", StringComparison.Ordinal));
        }

        return data;
    }

    [Fact]
    public void Corpus_HasThePayloadsTheIssueNames()
    {
        var all = string.Join("\n", Payloads().Select(p => (string)p.Data));

        Assert.True(Payloads().Count >= 40);
        Assert.Contains("javascript:", all);
        Assert.Contains("data:", all);
        Assert.Contains("onerror", all);
        Assert.Contains("<svg", all);
        Assert.Contains("&#", all);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void ToHtml_Payload_ComesOutInert(string markdown)
    {
        var html = _renderer.ToHtml(markdown);
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");

        foreach (var element in document.Body!.Descendants<IElement>())
        {
            Assert.DoesNotContain(element.LocalName, ForbiddenElements);
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler {attribute.Name} in {html}");
                Assert.NotEqual("style", attribute.Name, StringComparer.OrdinalIgnoreCase);
                if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase))
                {
                    Assert.True(IsSafeUrl(attribute.Value), $"unsafe {attribute.Name}=\"{attribute.Value}\" in {html}");
                }
            }
        }
    }

    // The parser has already decoded entities; browsers also ignore control characters and spaces inside a scheme.
    private static bool IsSafeUrl(string value)
    {
        var compact = new string(value.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var firstSeparator = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstSeparator >= 0 && firstSeparator < colon))
        {
            return true;
        }

        var scheme = compact[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }
}
