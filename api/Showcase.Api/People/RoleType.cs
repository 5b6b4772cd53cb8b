using GraphQL.Types;
using Showcase.People;

namespace Showcase.Api.People;

public sealed class RoleType : EnumerationGraphType<Role>
{
    public RoleType()
    {
        Name = "Role";
        Description = "What a member may do in a portal: TENANT_ADMIN 门户管理员, CURATOR 策展人, ENTERPRISE_MEMBER 企业成员, PROVIDER_MEMBER 供应商成员, REVIEWER 评审专家, RECOMMENDER 推荐单位成员.";
    }
}
