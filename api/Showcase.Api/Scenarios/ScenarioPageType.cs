using Showcase.Api.GraphQL;
using Showcase.Scenarios;

namespace Showcase.Api.Scenarios;

public sealed class ScenarioPageType() : PageGraphType<ScenarioSummaryType, ScenarioSummary>("ScenarioPage", "A page of scenarios, newest change first.");
