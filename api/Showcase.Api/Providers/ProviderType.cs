using GraphQL.Types;
using Showcase.Api.Listings;
using Showcase.Api.Localization;
using Showcase.Api.Pictures;
using Showcase.Api.Reference;
using Showcase.Listings;
using Showcase.Providers;
using Showcase.Reference;

namespace Showcase.Api.Providers;

public sealed class ProviderType : ObjectGraphType<ProviderSnapshot>
{
    public ProviderType()
    {
        Name = "Provider";
        Description = "A solution provider (系统解决方案供应商): kind, capabilities, qualifications, platform figures and delivered cases.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Key.Id.Value);
        Field<StringGraphType>("name").Resolve(ctx => ctx.Source.Profile.Name);
        this.Term("kind", ReferenceData.ApplicantKinds, p => p.Profile.Kind, "制造企业, 信息技术企业, 互联网企业, 电信运营商, 科研院所 or 联合体.");
        this.Term("province", ReferenceData.Provinces, p => p.Profile.Province);
        this.Term("city", ReferenceData.Cities, p => p.Profile.City);
        Field<StringGraphType>("summary").Resolve(ctx => ctx.Source.Profile.Summary);
        Field<NonNullGraphType<EnglishTextType>>("english").Description("Name, summary and body in English, where written.").Resolve(ctx => ctx.Source.Profile.English);
        Field<StringGraphType>("body").Description("Markdown.").Resolve(ctx => ctx.Source.Profile.Body);
        this.Pictures(s => s.Profile.Pictures);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CapabilityType>>>>("capabilities").Resolve(ctx => ctx.Source.Profile.Capabilities);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("qualifications").Resolve(ctx => ctx.Source.Profile.Qualifications);
        Field<PlatformFiguresType>("platform").Resolve(ctx => ctx.Source.Profile.Platform);
        this.LinkedCases();
        Field<NonNullGraphType<ProviderStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("statusLabel").Resolve(ctx => CatalogLabels.Status(ctx.Source.Status));
        Field(p => p.StatusNote, nullable: true).Description("Why it was taken out of the catalog.");
        Field(p => p.IsPublic);
        Field(p => p.Version);
        Field(p => p.CreatedAt);
        Field(p => p.UpdatedAt);
        Field(p => p.ListedAt, nullable: true);
    }
}
