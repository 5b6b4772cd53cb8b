using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace Showcase.Api.GraphQL;

/// <summary>Refuses <c>__schema</c> and <c>__type</c> unless <see cref="GraphQLOptions.EnableIntrospection"/> is on.</summary>
public sealed class ShowcaseIntrospectionRule(IOptions<GraphQLOptions> options) : ValidationRuleBase
{
    private readonly NoIntrospectionValidationRule _refuse = NoIntrospectionValidationRule.Instance;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        options.Value.EnableIntrospection == true ? default : _refuse.GetPreNodeVisitorAsync(context);
}
