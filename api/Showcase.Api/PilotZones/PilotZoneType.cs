using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Api.Listings;
using Showcase.Api.Localization;
using Showcase.Api.Pictures;
using Showcase.Api.Reference;
using Showcase.Api.Titles;
using Showcase.Listings;
using Showcase.PilotZones;
using Showcase.Reference;
using Showcase.Titles;

namespace Showcase.Api.PilotZones;

public sealed class PilotZoneType : ObjectGraphType<PilotZoneSnapshot>
{
    public PilotZoneType()
    {
        Name = "PilotZone";
        Description = "A pilot zone (智能制造先行区): its cities, industries, policies and members, and its title's life.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Key.Id.Value);
        Field<StringGraphType>("name").Resolve(ctx => ctx.Source.Profile.Name);
        this.Terms("cities", ReferenceData.Cities, z => z.Profile.Cities);
        this.Terms("industries", ReferenceData.Industries, z => z.Profile.Industries, "Characteristic industries.");
        Field<StringGraphType>("summary").Resolve(ctx => ctx.Source.Profile.Summary);
        Field<NonNullGraphType<EnglishTextType>>("english").Description("Name, summary and body in English, where written.").Resolve(ctx => ctx.Source.Profile.English);
        Field<StringGraphType>("body").Description("Markdown.").Resolve(ctx => ctx.Source.Profile.Body);
        this.Pictures(s => s.Profile.Pictures);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ZonePolicyType>>>>("policies").Resolve(ctx => ctx.Source.Profile.Policies);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogEntryType>>>>("factories").Description("Member factories you may see.")
            .ResolveAsync(async ctx => await ctx.Service<CatalogAccess>().EntriesAsync(CatalogKind.Factory, ctx.Source.Profile.Factories));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogEntryType>>>>("providers").Description("Member providers you may see.")
            .ResolveAsync(async ctx => await ctx.Service<CatalogAccess>().EntriesAsync(CatalogKind.Provider, ctx.Source.Profile.Providers));
        Field<NonNullGraphType<TitleType>>("title").Resolve(ctx => new TrackedTitle(ctx.Source.Title, TitleTrack.PilotZone));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgressReportType>>>>("reports").Resolve(ctx => ctx.Source.Reports);
        this.LinkedCases();
        Field(z => z.IsPublic);
        Field(z => z.Version);
        Field(z => z.CreatedAt);
        Field(z => z.UpdatedAt);
    }
}
