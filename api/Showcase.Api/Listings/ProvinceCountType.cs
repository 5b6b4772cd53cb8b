using GraphQL.Types;
using Showcase.Api.Reference;

namespace Showcase.Api.Listings;

public sealed class ProvinceCountType : ObjectGraphType<ProvinceCount>
{
    public ProvinceCountType()
    {
        Name = "ProvinceCount";
        Description = "A province on the map with its demonstration factories and pilot zones (a zone counts in the province of its first city).";
        Field<NonNullGraphType<TaxonomyTermType>>("province").Resolve(ctx => ctx.Source.Province);
        Field(c => c.Factories);
        Field(c => c.PilotZones);
        Field(c => c.Total);
    }
}
