using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace Showcase.Api.GraphQL.Limits;

/// <summary>
/// Parses a request's query text under limits that cost nothing to check: its length before parsing, its nesting
/// while parsing, and its size after parsing (<see cref="DocumentSize"/>). A document past any of them is refused
/// before validation, whose field-merging rule compares fields pairwise and would otherwise grow with the square of
/// the document. What passes is handed to the executer already parsed.
/// </summary>
public sealed class DocumentReader(IOptions<GraphQLOptions> options)
{
    public const string TooLargeCode = "DOCUMENT_TOO_LARGE";
    public const string SyntaxErrorCode = "SYNTAX_ERROR";

    public (GraphQLDocument? Document, DocumentRefusal? Refusal) Read(string query)
    {
        var limits = options.Value;
        if (query.Length > limits.MaxDocumentLength)
        {
            return Refuse($"查询文本有 {query.Length} 个字符，超过上限 {limits.MaxDocumentLength}；请缩短查询，数据请放在 variables 中。");
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = limits.MaxParserDepth });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return Refuse($"查询嵌套超过 {limits.MaxParserDepth} 层，无法解析；请减少嵌套。");
        }
        catch (GraphQLSyntaxErrorException ex)
        {
            return (null, new DocumentRefusal(SyntaxErrorCode, $"查询有语法错误（第 {ex.Location.Line} 行第 {ex.Location.Column} 列）：{ex.Description}"));
        }

        var size = DocumentSize.Of(document);
        return size switch
        {
            { Nodes: var n } when n > limits.MaxNodes =>
                Refuse($"查询有 {n} 个语法节点，超过上限 {limits.MaxNodes}；请拆成几次较小的查询。"),
            { Aliases: var a } when a > limits.MaxAliases =>
                Refuse($"查询用了 {a} 个别名，超过上限 {limits.MaxAliases}。"),
            { Fragments: var f } when f > limits.MaxFragments =>
                Refuse($"查询定义了 {f} 个片段，超过上限 {limits.MaxFragments}。"),
            _ when size.ExpandedFields() is var e && e > limits.MaxFields =>
                Refuse($"查询展开片段后有 {e} 个字段，超过上限 {limits.MaxFields}。"),
            _ when size.WidestMergedSelection() is var w && w > limits.MaxSelectionsPerSet =>
                Refuse($"一个选择集（连同其中的片段和同名字段的子字段）合并后有 {w} 个字段，超过上限 {limits.MaxSelectionsPerSet}。"),
            _ => (document, null),
        };
    }

    private static (GraphQLDocument?, DocumentRefusal?) Refuse(string message) => (null, new DocumentRefusal(TooLargeCode, message));
}

/// <summary>Why a query text was not handed to validation: a stable code and a sentence for people.</summary>
public sealed record DocumentRefusal(string Code, string Message);
