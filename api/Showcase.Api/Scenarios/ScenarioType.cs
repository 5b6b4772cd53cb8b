using GraphQL.Types;
using Showcase.Api.Localization;
using Showcase.Api.Pictures;
using Showcase.Api.Reference;
using Showcase.Reference;
using Showcase.Scenarios;

namespace Showcase.Api.Scenarios;

public sealed class ScenarioType : ObjectGraphType<ScenarioSnapshot>
{
    public ScenarioType()
    {
        Name = "Scenario";
        Description = "A smart-manufacturing scenario (典型场景): a replicable practice in a factory or workshop.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Unique within the portal.").Resolve(ctx => ctx.Source.Key.Id.Value);
        Field<StringGraphType>("title").Description("场景名称.").Resolve(ctx => ctx.Source.Content.Title);
        Field<StringGraphType>("summary").Description("场景概述: what is done, where and how.").Resolve(ctx => ctx.Source.Content.Summary);
        Field<NonNullGraphType<EnglishTextType>>("english").Description("Title and summary in English, where written.").Resolve(ctx => ctx.Source.Content.English);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaxonomyTermType>>>>("stages")
            .Description("制造环节 covered (设计, 生产, 管理, 服务).")
            .Resolve(ctx => ReferenceData.Stages.Terms(ctx.Source.Content.Stages));
        Field<TaxonomyTermType>("industry").Description("行业.").Resolve(ctx => ReferenceData.Industries.Term(ctx.Source.Content.Industry));
        Field<TaxonomyTermType>("domain").Description("领域.").Resolve(ctx => ReferenceData.Domains.Term(ctx.Source.Content.Domain));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaxonomyTermType>>>>("technologies")
            .Description("Technologies it is built on (5G, 工业互联网, 大数据, …).")
            .Resolve(ctx => ReferenceData.Technologies.Terms(ctx.Source.Content.Technologies));
        Field<StringGraphType>("needAnswered").Description("关键需求: the need the scenario answers.").Resolve(ctx => ctx.Source.Content.NeedAnswered);
        Field<StringGraphType>("benefits").Description("实施成效: the measured benefits.").Resolve(ctx => ctx.Source.Content.Benefits);
        this.Pictures(s => s.Content.Pictures);
        Field<NonNullGraphType<ScenarioStatusType>>("status").Description("草稿, 已发布 or 已下线.").Resolve(ctx => ctx.Source.Status);
        Field(s => s.Version).Description("Grows by one with every change; pass it back as `expectedVersion` when editing.");
        Field(s => s.CreatedAt).Description("When the draft was created.");
        Field(s => s.UpdatedAt).Description("When it last changed.");
        Field(s => s.PublishedAt, nullable: true).Description("When it was last published.");
    }
}
