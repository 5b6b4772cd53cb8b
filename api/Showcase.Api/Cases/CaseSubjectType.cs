using GraphQL.Types;
using Showcase.Cases;

namespace Showcase.Api.Cases;

public sealed class CaseSubjectType : EnumerationGraphType<CaseSubject>
{
    public CaseSubjectType()
    {
        Name = "CaseSubject";
        Description = "What a case tells the story of: a scenario, a demonstration factory, a pilot zone or a provider's solution.";
    }
}
