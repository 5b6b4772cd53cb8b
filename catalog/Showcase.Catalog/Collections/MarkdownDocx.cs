using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdownTable = Markdig.Extensions.Tables.Table;
using MarkdownTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdownTableRow = Markdig.Extensions.Tables.TableRow;

namespace Showcase.Catalog.Collections;

/// <summary>
/// What authors write in Markdown, as Word paragraphs: headings as the book's third level (never in the table of
/// contents), paragraphs with bold, italic, strike-through and code, bulleted and numbered lists, quotes, code
/// blocks and pipe tables. Raw HTML stays literal text, as on the web page. An image naming one of the case's pictures
/// (<c>![说明](picture:{id})</c>) is printed after its paragraph with a caption; any other image is its description.
/// </summary>
internal static class MarkdownDocx
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    /// <summary>
    /// Appends <paramref name="markdown"/>; <paramref name="pictures"/> are those it may place, by id, each printed
    /// with the caption <paramref name="caption"/> makes of it and the image's description.
    /// </summary>
    public static void Append(BodyWriter writer, string markdown, IReadOnlyList<BookPicture>? pictures = null, Func<BookPicture, string, string>? caption = null)
    {
        var placing = new Placing(pictures?.ToDictionary(p => p.Id, StringComparer.Ordinal) ?? [], caption ?? ((_, description) => description));
        foreach (var block in Markdig.Markdown.Parse(markdown, Pipeline))
        {
            Block(writer, block, prefix: null, depth: 0, placing);
        }
    }

    private static void Block(BodyWriter writer, Block block, string? prefix, int depth, Placing placing)
    {
        switch (block)
        {
            case HeadingBlock heading:
                writer.Append(BodyWriter.Styled("Heading3", Inlines(heading.Inline, placing)));
                break;
            case ParagraphBlock paragraph:
                var runs = Inlines(paragraph.Inline, placing).ToList();
                if (prefix is not null)
                {
                    runs.Insert(0, Runs.Text(prefix));
                }

                if (runs.Count > 0)
                {
                    var element = BodyWriter.Styled(null, runs);
                    if (depth > 0)
                    {
                        element.PrependChild(new ParagraphProperties(new Indentation { Left = (depth * 420).ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = "300" }));
                    }

                    writer.Append(element);
                }

                foreach (var image in paragraph.Inline?.Descendants<LinkInline>() ?? [])
                {
                    if (placing.Find(image) is { } picture)
                    {
                        writer.Picture(picture, placing.Caption(picture, Description(image)));
                    }
                }

                break;
            case ListBlock list:
                var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var marker = list.IsOrdered ? $"{number++}. " : "• ";
                    for (var i = 0; i < item.Count; i++)
                    {
                        Block(writer, item[i], i == 0 ? marker : null, depth + 1, placing);
                    }
                }

                break;
            case QuoteBlock quote:
                foreach (var inner in quote)
                {
                    Block(writer, inner, null, depth + 1, placing);
                }

                break;
            case CodeBlock code:
                writer.Append(BodyWriter.Styled(BookStyles.Code, [Runs.Text(string.Join('\n', code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString())), code: true)]));
                break;
            case MarkdownTable table:
                var rows = table.OfType<MarkdownTableRow>().Select(row => (IReadOnlyList<string>)row.OfType<MarkdownTableCell>().Select(PlainText).ToArray()).ToList();
                var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
                if (columns > 0)
                {
                    var padded = rows.Select(r => (IReadOnlyList<string>)[.. r, .. Enumerable.Repeat("", columns - r.Count)]).ToList();
                    var header = table.OfType<MarkdownTableRow>().First().IsHeader ? padded[0] : null;
                    writer.Table(Enumerable.Repeat(100 / columns, columns).ToArray(), header is null ? padded : padded.Skip(1).ToList(), header);
                }

                break;
            case ContainerBlock container:
                foreach (var inner in container)
                {
                    Block(writer, inner, null, depth, placing);
                }

                break;
        }
    }

    private static IEnumerable<OpenXmlElement> Inlines(ContainerInline? container, Placing placing, bool bold = false, bool italic = false, bool strike = false)
    {
        if (container is null)
        {
            yield break;
        }

        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    yield return Runs.Text(literal.Content.ToString(), bold, italic, strike);
                    break;
                case CodeInline code:
                    yield return Runs.Text(code.Content, bold, italic, strike, code: true);
                    break;
                case LineBreakInline:
                    yield return new Run(new Break());
                    break;
                case AutolinkInline link:
                    yield return Runs.Text(link.Url, bold, italic, strike);
                    break;
                case EmphasisInline emphasis:
                    var isStrike = emphasis.DelimiterChar == '~';
                    foreach (var run in Inlines(emphasis, placing, bold || (!isStrike && emphasis.DelimiterCount >= 2), italic || (!isStrike && emphasis.DelimiterCount == 1), strike || isStrike))
                    {
                        yield return run;
                    }

                    break;
                case LinkInline image when placing.Find(image) is not null:
                    // Printed after the paragraph, with its caption.
                    break;
                case ContainerInline inner:
                    foreach (var run in Inlines(inner, placing, bold, italic, strike))
                    {
                        yield return run;
                    }

                    break;
                case HtmlInline html:
                    yield return Runs.Text(html.Tag, bold, italic, strike);
                    break;
            }
        }
    }

    /// <summary>What an image says in words: its description (the text between the brackets).</summary>
    private static string Description(LinkInline image) => string.Concat(Descendants(image)).Trim();

    private static string PlainText(MarkdownTableCell cell) =>
        string.Join(" ", cell.OfType<ParagraphBlock>().Select(p => string.Concat(Descendants(p.Inline))));

    private static IEnumerable<string> Descendants(ContainerInline? container) =>
        container is null ? [] : container.SelectMany(inline => inline switch
        {
            LiteralInline literal => [literal.Content.ToString()],
            CodeInline code => [code.Content],
            ContainerInline inner => Descendants(inner),
            _ => [],
        });

    /// <summary>The pictures a body may place, by id, and how each one's caption is made.</summary>
    private sealed record Placing(IReadOnlyDictionary<string, BookPicture> Pictures, Func<BookPicture, string, string> Caption)
    {
        public BookPicture? Find(LinkInline link) =>
            Markdown.MarkdownRenderer.PictureId(link) is { } id ? Pictures.GetValueOrDefault(id) : null;
    }
}
