using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Api.Localization;
using Showcase.Factories;

namespace Showcase.Api.Factories;

public sealed class FactoryProfileInputType : InputObjectGraphType<FactoryProfile>
{
    public FactoryProfileInputType()
    {
        Name = "FactoryProfileInput";
        Description = "What is declared about a demonstration factory. Selecting it needs name, enterprise, province, sub-industry and summary.";
        Field<StringGraphType>("name").Description("工厂名称, at most 80 characters.");
        Field<StringGraphType>("enterprise").Description("The enterprise that runs it.");
        Field<StringGraphType>("province").Description("`province` code.");
        Field<StringGraphType>("city").Description("`city` code within the province.");
        Field<StringGraphType>("subIndustry").Description("A sub-industry code of the `sector` list; the sector group follows from it.");
        Field<StringGraphType>("level").Description("`level` code: national or provincial.");
        Field<StringGraphType>("summary");
        Field<StringGraphType>("body").Description("The factory's story, Markdown.");
        this.Codes("technologies", "`technology` codes.");
        Field<StringGraphType>("answeredTask").Description("The 揭榜挂帅 task it answered.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("scenarios").Description("Ids of the scenarios it hosts.");
        Field<EnglishTextInputType>("english").Description("Name, summary and body in English, for English readers.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new FactoryProfile
    {
        Name = value.String("name"),
        Enterprise = value.String("enterprise"),
        Province = value.String("province"),
        City = value.String("city"),
        SubIndustry = value.String("subIndustry"),
        Level = value.String("level"),
        Summary = value.String("summary"),
        Body = value.String("body"),
        Technologies = value.List<string>("technologies"),
        AnsweredTask = value.String("answeredTask"),
        Scenarios = value.Ids("scenarios"),
        English = value.English(),
    };
}
