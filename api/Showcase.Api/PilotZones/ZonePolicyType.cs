using GraphQL.Types;
using Showcase.PilotZones;

namespace Showcase.Api.PilotZones;

public sealed class ZonePolicyType : ObjectGraphType<ZonePolicy>
{
    public ZonePolicyType()
    {
        Name = "ZonePolicy";
        Description = "A support policy of a pilot zone.";
        Field(p => p.Title);
        Field(p => p.Summary);
    }
}
