using GraphQL.Types;
using Showcase.People;

namespace Showcase.Api.People;

public sealed class OrganisationStatusType : EnumerationGraphType<OrganisationStatus>
{
    public OrganisationStatusType()
    {
        Name = "OrganisationStatus";
        Description = "VERIFIED 已认证, PENDING 待审核, REJECTED 未通过审核 (correcting the details submits it again), SUSPENDED 已暂停.";
    }
}

public sealed class OrganisationDecisionType : EnumerationGraphType<OrganisationDecision>
{
    public OrganisationDecisionType()
    {
        Name = "OrganisationDecision";
        Description = "APPROVE or REJECT (with a reason) a waiting organisation; SUSPEND (with a reason) or REINSTATE a verified one.";
    }
}
