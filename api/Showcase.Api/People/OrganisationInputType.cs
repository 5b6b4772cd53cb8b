using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.People;

namespace Showcase.Api.People;

public sealed class OrganisationInputType : InputObjectGraphType<OrganisationProfile>
{
    public OrganisationInputType()
    {
        Name = "OrganisationInput";
        Description = "An organisation's profile. The kind is fixed once the organisation exists.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("单位名称, at most 60 characters.");
        Field<NonNullGraphType<OrganisationKindType>>("kind");
        Field<StringGraphType>("introduction").Description("单位简介, at most 2000 characters.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new OrganisationProfile(value.String("name") ?? "", (OrganisationKind)value.Value("kind")!, value.String("introduction"));
}
