using GraphQL.Types;
using Showcase.People;

namespace Showcase.Api.People;

public sealed class OrganisationType : ObjectGraphType<OrganisationSnapshot>
{
    public OrganisationType()
    {
        Name = "Organisation";
        Description = "An organiser, enterprise or solution provider in this portal.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Key.Id.Value);
        Field<NonNullGraphType<StringGraphType>>("name").Description("单位名称.").Resolve(ctx => ctx.Source.Profile.Name);
        Field<NonNullGraphType<OrganisationKindType>>("kind").Resolve(ctx => ctx.Source.Profile.Kind);
        Field<StringGraphType>("introduction").Description("单位简介.").Resolve(ctx => ctx.Source.Profile.Introduction);
        Field(o => o.Version).Description("Pass it back as `expectedVersion` when editing.");
        Field(o => o.CreatedAt);
        Field(o => o.UpdatedAt);
    }
}
