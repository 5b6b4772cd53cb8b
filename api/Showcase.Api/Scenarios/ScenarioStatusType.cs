using GraphQL.Types;
using Showcase.Scenarios;

namespace Showcase.Api.Scenarios;

public sealed class ScenarioStatusType : EnumerationGraphType<ScenarioStatus>
{
    public ScenarioStatusType()
    {
        Name = "ScenarioStatus";
        Description = "Where a scenario is in its life. Only PUBLISHED scenarios are in the public catalog.";
    }
}
