using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Tenancy;

namespace Showcase.Api.Tenancy;

public sealed class TenantProfileInputType : InputObjectGraphType<TenantProfile>
{
    public TenantProfileInputType()
    {
        Name = "TenantProfileInput";
        Description = "How a portal presents itself and what it offers.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("门户名称, at most 40 characters.");
        Field<StringGraphType>("description").Description("One line about the portal, at most 200 characters.");
        Field<StringGraphType>("defaultLocale").Description("`zh-CN` (default) or `en`.");
        Field<BooleanGraphType>("enterpriseTasks").Description("Enterprises may post tasks (default true).");
        Field<BooleanGraphType>("providerBidding").Description("Providers may take up tasks (default true).");
        Field<BooleanGraphType>("listVerifiedProviders").Description("A provider organisation's catalog entry is listed as soon as the organisation is verified (default false: a curator lists it).");
        Field<SignUpModeType>("signUp").Description("Who may join by themselves (default OPEN).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("hostNames").Description("Host names that lead straight to the portal, at most 5.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new TenantProfile(
        value.String("name") ?? "",
        value.String("description") ?? "",
        value.String("defaultLocale") ?? TenantProfile.Chinese,
        new TenantFeatures(value.Value("enterpriseTasks") as bool? ?? true, value.Value("providerBidding") as bool? ?? true, value.Value("listVerifiedProviders") as bool? ?? false),
        value.List<string>("hostNames"))
    {
        SignUp = value.Value("signUp") as SignUpMode? ?? SignUpMode.Open,
    };
}
