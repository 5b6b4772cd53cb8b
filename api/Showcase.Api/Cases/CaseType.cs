using GraphQL;
using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Api.Listings;
using Showcase.Api.Localization;
using Showcase.Api.Pictures;
using Showcase.Api.Reference;
using Showcase.Api.Scenarios;
using Showcase.Listings;
using Showcase.Reference;

namespace Showcase.Api.Cases;

public sealed class CaseType : ObjectGraphType<CaseView>
{
    public CaseType()
    {
        Name = "Case";
        Description = "A case (案例): the published story of a scenario, factory, pilot zone or provider solution. Owners and curators read the latest revision; everyone else reads the published one.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<StringGraphType>("title").Description("案例名称.").Resolve(ctx => ctx.Source.Content.Title);
        Field<StringGraphType>("summary").Resolve(ctx => ctx.Source.Content.Summary);
        Field<StringGraphType>("body").Description("正文, Markdown.").Resolve(ctx => ctx.Source.Content.Body);
        Field<NonNullGraphType<EnglishTextType>>("english").Description("Title, summary and body in English, where written.").Resolve(ctx => ctx.Source.Content.English);
        Field<NonNullGraphType<CaseSubjectType>>("subject").Resolve(ctx => ctx.Source.Content.Subject);
        Field<StringGraphType>("organisation").Description("申报单位.").Resolve(ctx => ctx.Source.Content.Organisation);
        Field<StringGraphType>("contactName").Description("联系人; null unless you own or curate the case.")
            .Resolve(ctx => ctx.Source.IsManaged ? ctx.Source.Content.ContactName : null);
        Field<StringGraphType>("contactPhone").Description("联系电话; null unless you own or curate the case.")
            .Resolve(ctx => ctx.Source.IsManaged ? ctx.Source.Content.ContactPhone : null);
        Field<StringGraphType>("contactEmail").Description("电子邮箱; null unless you own or curate the case.")
            .Resolve(ctx => ctx.Source.IsManaged ? ctx.Source.Content.ContactEmail : null);
        this.Term("province", ReferenceData.Provinces, c => c.Content.Province);
        this.Term("city", ReferenceData.Cities, c => c.Content.City);
        this.Terms("industries", ReferenceData.Industries, c => c.Content.Industries);
        this.Terms("domains", ReferenceData.Domains, c => c.Content.Domains);
        this.Terms("technologies", ReferenceData.Technologies, c => c.Content.Technologies);
        this.Terms("scenes", ReferenceData.Scenes, c => c.Content.Scenes);
        this.Terms("programs", ReferenceData.Programs, c => c.Content.Programs);
        Field<IntGraphType>("year").Resolve(ctx => ctx.Source.Content.Year);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseMetricType>>>>("metrics").Description("成效指标.").Resolve(ctx => ctx.Source.Content.Metrics);
        this.Pictures(c => c.Content.Pictures);

        Field<CatalogEntryType>("factory").Description("The demonstration factory it is about, when you may see it.")
            .ResolveAsync(async ctx => ctx.Source.Content.Links.Factory is { } id
                ? (await ctx.Service<CatalogAccess>().EntriesAsync(CatalogKind.Factory, [id])).FirstOrDefault()
                : null);
        Field<CatalogEntryType>("pilotZone").Description("The pilot zone it is about, when you may see it.")
            .ResolveAsync(async ctx => ctx.Source.Content.Links.PilotZone is { } id
                ? (await ctx.Service<CatalogAccess>().EntriesAsync(CatalogKind.PilotZone, [id])).FirstOrDefault()
                : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogEntryType>>>>("providers").Description("The providers that delivered it (those you may see).")
            .ResolveAsync(async ctx => await ctx.Service<CatalogAccess>().EntriesAsync(CatalogKind.Provider, ctx.Source.Content.Links.Providers));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScenarioType>>>>("scenarios").Description("The scenarios it implements (those you may see).")
            .ResolveAsync(async ctx => await ctx.Service<ScenarioService>().FindManyAsync(ctx.Source.Content.Links.Scenarios));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogEntryType>>>>("related")
            .Description("Published cases like this one: same industry, most shared domains, technologies and directions first.")
            .Argument<NonNullGraphType<IntGraphType>>("first", "How many, 1 to 20.", a => a.DefaultValue = 4)
            .ResolveAsync(async ctx => await ctx.Service<CaseService>().RelatedAsync(ctx.Source, Math.Clamp(ctx.GetArgument<int>("first"), 1, 20)));

        Field<NonNullGraphType<CaseStatusType>>("status").Description("The latest revision's status; the public sees PUBLISHED.").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("statusLabel").Resolve(ctx => CatalogLabels.Status(ctx.Source.Status));
        Field<StringGraphType>("statusNote").Description("Why it was sent back or withdrawn; null unless you own or curate it.")
            .Resolve(ctx => ctx.Source.IsManaged ? ctx.Source.Snapshot.StatusNote : null);
        Field<NonNullGraphType<BooleanGraphType>>("isPublic").Resolve(ctx => ctx.Source.Snapshot.IsPublic);
        Field<NonNullGraphType<IntGraphType>>("revision").Description("The revision shown here.").Resolve(ctx => ctx.Source.ContentRevision);
        Field<IntGraphType>("publishedRevision").Description("The revision the public reads, or null when none is published.")
            .Resolve(ctx => ctx.Source.Snapshot.Published?.Number);
        Field<NonNullGraphType<BooleanGraphType>>("hasUnpublishedChanges").Description("A newer revision than the published one is being worked on (false for the public).")
            .Resolve(ctx => ctx.Source.IsManaged && ctx.Source.Snapshot.HasUnpublishedChanges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseRevisionType>>>>("revisions").Description("Every revision, oldest first; empty unless you own or curate it.")
            .ResolveAsync(async ctx => await ctx.Service<CaseService>().RevisionsAsync(ctx.Source));
        Field<NonNullGraphType<IntGraphType>>("version").Description("Grows with every change; pass it back as `expectedVersion`.").Resolve(ctx => ctx.Source.Snapshot.Version);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(ctx => ctx.Source.Snapshot.CreatedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Resolve(ctx => ctx.Source.Snapshot.UpdatedAt);
    }
}
