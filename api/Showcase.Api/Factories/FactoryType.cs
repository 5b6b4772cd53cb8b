using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Api.Listings;
using Showcase.Api.Localization;
using Showcase.Api.Pictures;
using Showcase.Api.Reference;
using Showcase.Api.Scenarios;
using Showcase.Api.Titles;
using Showcase.Factories;
using Showcase.Reference;
using Showcase.Titles;

namespace Showcase.Api.Factories;

public sealed class FactoryType : ObjectGraphType<FactorySnapshot>
{
    public FactoryType()
    {
        Name = "Factory";
        Description = "A demonstration factory (智能制造示范工厂) with its title's life and progress reports.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Key.Id.Value);
        Field<StringGraphType>("name").Resolve(ctx => ctx.Source.Profile.Name);
        Field<StringGraphType>("enterprise").Resolve(ctx => ctx.Source.Profile.Enterprise);
        this.Term("province", ReferenceData.Provinces, f => f.Profile.Province);
        this.Term("city", ReferenceData.Cities, f => f.Profile.City);
        Field<TaxonomyTermType>("sector").Description("原材料, 装备制造, 消费品 or 电子信息: the group of the sub-industry.")
            .Resolve(ctx => ctx.Source.Profile.SubIndustry is { } code ? ReferenceData.Sectors.RootOf(code) : null);
        this.Term("subIndustry", ReferenceData.Sectors, f => f.Profile.SubIndustry);
        this.Term("level", ReferenceData.Levels, f => f.Profile.Level);
        Field<StringGraphType>("summary").Resolve(ctx => ctx.Source.Profile.Summary);
        Field<NonNullGraphType<EnglishTextType>>("english").Description("Name, summary and body in English, where written.").Resolve(ctx => ctx.Source.Profile.English);
        Field<StringGraphType>("body").Description("Markdown.").Resolve(ctx => ctx.Source.Profile.Body);
        this.Pictures(s => s.Profile.Pictures);
        this.Terms("technologies", ReferenceData.Technologies, f => f.Profile.Technologies);
        Field<StringGraphType>("answeredTask").Description("The 揭榜挂帅 task it answered.").Resolve(ctx => ctx.Source.Profile.AnsweredTask);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScenarioType>>>>("scenarios").Description("The scenarios it hosts (those you may see).")
            .ResolveAsync(async ctx => await ctx.Service<ScenarioService>().FindManyAsync(ctx.Source.Profile.Scenarios));
        Field<NonNullGraphType<TitleType>>("title").Resolve(ctx => new TrackedTitle(ctx.Source.Title, TitleTrack.Factory));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgressReportType>>>>("reports").Resolve(ctx => ctx.Source.Reports);
        this.LinkedCases();
        Field(f => f.IsPublic);
        Field(f => f.Version);
        Field(f => f.CreatedAt);
        Field(f => f.UpdatedAt);
    }
}
