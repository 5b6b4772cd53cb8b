using GraphQL.Types;
using Showcase.People;

namespace Showcase.Api.People;

public sealed class OrganisationKindType : EnumerationGraphType<OrganisationKind>
{
    public OrganisationKindType()
    {
        Name = "OrganisationKind";
        Description = "ORGANISER 主办方, ENTERPRISE 企业, PROVIDER 解决方案供应商, RECOMMENDER 推荐单位.";
    }
}
