using GraphQL.Types;
using Showcase.Cases;

namespace Showcase.Api.Cases;

public sealed class CaseStatusType : EnumerationGraphType<CaseStatus>
{
    public CaseStatusType()
    {
        Name = "CaseStatus";
        Description = "Where a case's latest revision stands: 草稿, 审核中, 已发布 or 已撤回. Only a published revision is public.";
    }
}
