using GraphQL.Types;
using Showcase.Api.Reference;
using Showcase.Providers;
using Showcase.Reference;

namespace Showcase.Api.Providers;

public sealed class CapabilityType : ObjectGraphType<Capability>
{
    public CapabilityType()
    {
        Name = "Capability";
        Description = "What a provider can deliver: an industry × a domain, with the technologies it uses there.";
        this.Term("industry", ReferenceData.Industries, c => c.Industry);
        this.Term("domain", ReferenceData.Domains, c => c.Domain);
        this.Terms("technologies", ReferenceData.Technologies, c => c.Technologies);
    }
}
