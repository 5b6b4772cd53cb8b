using GraphQL.Types;
using Showcase.Api.Reference;
using Showcase.Listings;
using Showcase.Reference;

namespace Showcase.Api.Listings;

public sealed class CatalogEntryType : ObjectGraphType<CatalogEntry>
{
    public CatalogEntryType()
    {
        Name = "CatalogEntry";
        Description = "One line of a catalog listing; ask `case`, `factory`, `pilotZone` or `provider` for the rest.";
        Field<NonNullGraphType<CatalogKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id.Value);
        Field(e => e.Title).Description("The name (for a case, of its public revision when it has one).");
        Field(e => e.Subtitle, nullable: true).Description("The organisation behind it: 申报单位, enterprise, or the zone's cities.");
        Field(e => e.Status).Description("The status code (see `CatalogFilterInput.statuses`).");
        Field<NonNullGraphType<StringGraphType>>("statusLabel").Description("The status in Chinese.")
            .Resolve(ctx => CatalogLabels.Status(ctx.Source.Kind, ctx.Source.Status));
        Field(e => e.IsPublic).Description("Whether the public catalog shows it.");
        this.Term("province", ReferenceData.Provinces, e => e.Tags.Province);
        this.Term("city", ReferenceData.Cities, e => e.Tags.City);
        this.Terms("industries", ReferenceData.Industries, e => e.Tags.Industries);
        this.Terms("domains", ReferenceData.Domains, e => e.Tags.Domains);
        this.Terms("technologies", ReferenceData.Technologies, e => e.Tags.Technologies);
        this.Terms("programs", ReferenceData.Programs, e => e.Tags.Programs);
        this.Term("sector", ReferenceData.Sectors, e => e.Tags.Sector, "Sub-industry (factories).");
        this.Term("level", ReferenceData.Levels, e => e.Tags.Level, "National or provincial (factories).");
        Field<DateOnlyGraphType>("validUntil").Description("When the demonstration title or building period runs out.").Resolve(ctx => ctx.Source.ValidUntil);
        Field(e => e.UpdatedAt);
        Field(e => e.PublishedAt, nullable: true);
        Field(e => e.Version);
    }
}
