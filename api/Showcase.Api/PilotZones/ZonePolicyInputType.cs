using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.PilotZones;

namespace Showcase.Api.PilotZones;

public sealed class ZonePolicyInputType : InputObjectGraphType<ZonePolicy>
{
    public ZonePolicyInputType()
    {
        Name = "ZonePolicyInput";
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<StringGraphType>>("summary");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new ZonePolicy(value.String("title") ?? "", value.String("summary") ?? "");
}
