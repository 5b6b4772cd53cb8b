using GraphQL.Types;
using Showcase.Tenancy;

namespace Showcase.Api.Tenancy;

public sealed class TenantFeaturesType : ObjectGraphType<TenantFeatures>
{
    public TenantFeaturesType()
    {
        Name = "TenantFeatures";
        Description = "The parts of Showcase switched on for a portal.";
        Field(f => f.EnterpriseTasks).Description("Enterprises may post tasks (发榜) themselves.");
        Field(f => f.ProviderBidding).Description("Providers may take up tasks (揭榜).");
        Field(f => f.ListVerifiedProviders).Description("A verified provider organisation's catalog entry is listed at once.");
    }
}
