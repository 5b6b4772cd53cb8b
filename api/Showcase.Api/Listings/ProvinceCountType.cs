using GraphQL.Types;
using Showcase.Api.Reference;

namespace Showcase.Api.Listings;

public sealed class ProvinceCountType : ObjectGraphType<ProvinceCount>
{
    public ProvinceCountType()
    {
        Name = "ProvinceCount";
        Description = "A province on the map with its demonstration factories, pilot zones (a zone spanning provinces counts in each) and cases.";
        Field<NonNullGraphType<TaxonomyTermType>>("province").Resolve(ctx => ctx.Source.Province);
        Field(c => c.Factories);
        Field(c => c.PilotZones);
        Field(c => c.Cases);
        Field(c => c.Total);
    }
}
