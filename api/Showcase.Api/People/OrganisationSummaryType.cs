using GraphQL.Types;
using Showcase.People;

namespace Showcase.Api.People;

public sealed class OrganisationSummaryType : ObjectGraphType<OrganisationSummary>
{
    public OrganisationSummaryType()
    {
        Name = "OrganisationSummary";
        Description = "One line of the organisation list.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id.Value);
        Field(o => o.Name);
        Field<NonNullGraphType<OrganisationKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(o => o.CreditCode, nullable: true).Description("统一社会信用代码.");
        Field<NonNullGraphType<OrganisationStatusType>>("status").Resolve(ctx => ctx.Source.Status);
    }
}
