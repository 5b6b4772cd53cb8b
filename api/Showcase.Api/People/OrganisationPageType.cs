using Showcase.Api.GraphQL;
using Showcase.People;

namespace Showcase.Api.People;

public sealed class OrganisationPageType() : PageGraphType<OrganisationSummaryType, OrganisationSummary>("OrganisationPage", "A page of organisations, by name.");
