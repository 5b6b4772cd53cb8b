using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.People;

namespace Showcase.Api.People;

public sealed class OrganisationInputType : InputObjectGraphType<OrganisationProfile>
{
    public OrganisationInputType()
    {
        Name = "OrganisationInput";
        Description = "An organisation's profile. The kind is fixed once the organisation exists. Sign-up needs every registration detail (and, for providers, providerKind, providerIndustry, providerDomain and the introduction).";
        Field<NonNullGraphType<StringGraphType>>("name").Description("单位全称, at most 60 characters.");
        Field<NonNullGraphType<OrganisationKindType>>("kind");
        Field<StringGraphType>("introduction").Description("单位简介, at most 2000 characters (500 for providers: it becomes the provider summary).");
        Field<StringGraphType>("creditCode").Description("统一社会信用代码: 18 characters with a valid GB 32100-2015 check character; unique in the portal.");
        Field<StringGraphType>("province").Description("A `province` code.");
        Field<StringGraphType>("city").Description("A `city` code within the province.");
        Field<StringGraphType>("address").Description("通讯地址, at most 100 characters.");
        Field<StringGraphType>("contactName").Description("联系人.");
        Field<StringGraphType>("contactPhone").Description("联系电话: 7 to 20 digits, spaces and + - ( ).");
        Field<StringGraphType>("contactEmail");
        Field<StringGraphType>("providerKind").Description("For providers: an `applicant-kind` code.");
        Field<StringGraphType>("providerIndustry").Description("For providers: an `industry` code.");
        Field<StringGraphType>("providerDomain").Description("For providers: a `domain` code.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new OrganisationProfile(value.String("name") ?? "", (OrganisationKind)value.Value("kind")!, value.String("introduction"))
        {
            CreditCode = value.String("creditCode"),
            Province = value.String("province"),
            City = value.String("city"),
            Address = value.String("address"),
            ContactName = value.String("contactName"),
            ContactPhone = value.String("contactPhone"),
            ContactEmail = value.String("contactEmail"),
            ProviderKind = value.String("providerKind"),
            ProviderIndustry = value.String("providerIndustry"),
            ProviderDomain = value.String("providerDomain"),
        };
}
