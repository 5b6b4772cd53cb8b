using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Api.Localization;
using Showcase.Scenarios;

namespace Showcase.Api.Scenarios;

public sealed class ScenarioContentInputType : InputObjectGraphType<ScenarioContent>
{
    public ScenarioContentInputType()
    {
        Name = "ScenarioContentInput";
        Description = "What an author writes about a scenario. A draft may leave fields out; publishing needs title, summary, stages, industry and domain.";
        Field<StringGraphType>("title").Description("场景名称, at most 60 characters.");
        Field<StringGraphType>("summary").Description("场景概述, at most 2000 characters.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("stages").Description("制造环节 codes from `taxonomy(key: \"stage\")`.");
        Field<StringGraphType>("industry").Description("行业 code from `taxonomy(key: \"industry\")`.");
        Field<StringGraphType>("domain").Description("领域 code from `taxonomy(key: \"domain\")`.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("technologies").Description("Technology codes from `taxonomy(key: \"technology\")`, at most 10.");
        Field<StringGraphType>("needAnswered").Description("关键需求, at most 1000 characters.");
        Field<StringGraphType>("benefits").Description("实施成效, at most 1000 characters.");
        Field<EnglishTextInputType>("english").Description("Title and summary in English, for English readers (a scenario has no English body).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ScenarioContent
    {
        Title = value.String("title"),
        Summary = value.String("summary"),
        Stages = value.List<string>("stages"),
        Industry = value.String("industry"),
        Domain = value.String("domain"),
        Technologies = value.List<string>("technologies"),
        NeedAnswered = value.String("needAnswered"),
        Benefits = value.String("benefits"),
        English = value.English(),
    };
}
