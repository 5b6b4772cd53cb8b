using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Api.Localization;
using Showcase.PilotZones;

namespace Showcase.Api.PilotZones;

public sealed class PilotZoneProfileInputType : InputObjectGraphType<PilotZoneProfile>
{
    public PilotZoneProfileInputType()
    {
        Name = "PilotZoneProfileInput";
        Description = "A pilot zone's creation plan: one or more cities, characteristic industries, policies and members.";
        Field<StringGraphType>("name").Description("先行区名称.");
        this.Codes("cities", "`city` codes; a zone may join several cities.");
        this.Codes("industries", "Characteristic `industry` codes.");
        Field<StringGraphType>("summary");
        Field<StringGraphType>("body").Description("The plan and story, Markdown.");
        Field<ListGraphType<NonNullGraphType<ZonePolicyInputType>>>("policies");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("factories").Description("Ids of member demonstration factories.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("providers").Description("Ids of member solution providers.");
        Field<EnglishTextInputType>("english").Description("Name, summary and body in English, for English readers.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new PilotZoneProfile
    {
        Name = value.String("name"),
        Cities = value.List<string>("cities"),
        Industries = value.List<string>("industries"),
        Summary = value.String("summary"),
        Body = value.String("body"),
        Policies = value.List<ZonePolicy>("policies"),
        Factories = value.Ids("factories"),
        Providers = value.Ids("providers"),
        English = value.English(),
    };
}
