using GraphQLParser;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Errors.Custom;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Showcase.Api.GraphQL.Limits;

/// <summary>
/// GraphQL.NET's complexity and depth limits for every operation, except an introspection-only one where
/// introspection is on (Development): list multipliers price the standard introspection query that GraphiQL and
/// code generators send at over a million, though it reads a schema of fixed size. Such an operation is held to the
/// introspection depth and to three nested lists instead (types → fields → args, as deep as the standard query
/// goes), which refuses the deep <c>types { fields { type { fields …</c> chains that really do multiply.
/// </summary>
public sealed class ShowcaseComplexityRule(IOptions<GraphQLOptions> options)
    : ComplexityValidationRule(new ComplexityOptions { MaxDepth = options.Value.MaxDepth, MaxComplexity = options.Value.MaxComplexity })
{
    private const int MaxIntrospectionLists = 3;

    private static readonly HashSet<string> IntrospectionRoots = ["__schema", "__type", "__typename"];

    private static readonly HashSet<string> IntrospectionLists =
        ["types", "fields", "args", "inputFields", "interfaces", "enumValues", "possibleTypes", "directives"];

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        if (options.Value.EnableIntrospection != true || !IsIntrospectionOnly(context, context.Operation.SelectionSet))
        {
            return base.GetPostNodeVisitorAsync(context);
        }

        // Like the base rule: a document with errors (fragment cycles among them) is not walked.
        if (!context.HasErrors && Deepest(context, context.Operation.SelectionSet, 0, 0) is { } refusal)
        {
            context.ReportError(new ComplexityError(refusal));
        }

        return default;
    }

    private static bool IsIntrospectionOnly(ValidationContext context, GraphQLSelectionSet set) =>
        set.Selections.All(selection => selection switch
        {
            GraphQLField field => IntrospectionRoots.Contains(field.Name.StringValue),
            GraphQLInlineFragment inline => IsIntrospectionOnly(context, inline.SelectionSet),
            GraphQLFragmentSpread spread => context.Document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment
                && IsIntrospectionOnly(context, fragment.SelectionSet),
            _ => false,
        });

    // The document reader has already bounded the fields with fragments spread out, so this walk is small.
    private string? Deepest(ValidationContext context, GraphQLSelectionSet? set, int depth, int lists)
    {
        foreach (var selection in set?.Selections ?? [])
        {
            var refusal = selection switch
            {
                GraphQLField field => Field(context, field, depth + 1, lists + (IntrospectionLists.Contains(field.Name.StringValue) ? 1 : 0)),
                GraphQLInlineFragment inline => Deepest(context, inline.SelectionSet, depth, lists),
                GraphQLFragmentSpread spread => Deepest(context, context.Document.FindFragmentDefinition(spread.FragmentName.Name.Value)?.SelectionSet, depth, lists),
                _ => null,
            };
            if (refusal is not null)
            {
                return refusal;
            }
        }

        return null;
    }

    private string? Field(ValidationContext context, GraphQLField field, int depth, int lists) =>
        depth > options.Value.MaxIntrospectionDepth
            ? $"自省查询嵌套 {depth} 层，超过上限 {options.Value.MaxIntrospectionDepth} 层。"
            : lists > MaxIntrospectionLists
                ? $"自省查询嵌套了 {lists} 层列表，最多 {MaxIntrospectionLists} 层（types → fields → args）。"
                : Deepest(context, field.SelectionSet, depth, lists);
}
