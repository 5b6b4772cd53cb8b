using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Providers;

namespace Showcase.Api.Providers;

public sealed class CapabilityInputType : InputObjectGraphType<Capability>
{
    public CapabilityInputType()
    {
        Name = "CapabilityInput";
        Field<NonNullGraphType<StringGraphType>>("industry").Description("`industry` code.");
        Field<NonNullGraphType<StringGraphType>>("domain").Description("`domain` code.");
        this.Codes("technologies", "`technology` codes.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new Capability(value.String("industry") ?? "", value.String("domain") ?? "", value.List<string>("technologies"));
}
