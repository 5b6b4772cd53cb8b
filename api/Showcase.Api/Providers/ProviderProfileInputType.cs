using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Api.Localization;
using Showcase.Providers;

namespace Showcase.Api.Providers;

public sealed class ProviderProfileInputType : InputObjectGraphType<ProviderProfile>
{
    public ProviderProfileInputType()
    {
        Name = "ProviderProfileInput";
        Description = "What a solution provider registers. Listing it needs name, kind, province, summary and at least one capability.";
        Field<StringGraphType>("name");
        Field<StringGraphType>("kind").Description("`applicant-kind` code: manufacturer, it, internet, telecom, research or consortium.");
        Field<StringGraphType>("province").Description("`province` code.");
        Field<StringGraphType>("city").Description("`city` code within the province.");
        Field<StringGraphType>("summary");
        Field<StringGraphType>("body").Description("Markdown.");
        Field<ListGraphType<NonNullGraphType<CapabilityInputType>>>("capabilities");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("qualifications").Description("Certificates and qualifications.");
        Field<PlatformFiguresInputType>("platform").Description("For providers that run an industrial internet platform.");
        Field<EnglishTextInputType>("english").Description("Name, summary and body in English, for English readers.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ProviderProfile
    {
        Name = value.String("name"),
        Kind = value.String("kind"),
        Province = value.String("province"),
        City = value.String("city"),
        Summary = value.String("summary"),
        Body = value.String("body"),
        Capabilities = value.List<Capability>("capabilities"),
        Qualifications = value.List<string>("qualifications"),
        Platform = value.Value("platform") as PlatformFigures,
        English = value.English(),
    };
}
