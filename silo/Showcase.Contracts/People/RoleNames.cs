namespace Showcase.People;

/// <summary>The Chinese names people see for roles and organisation kinds.</summary>
public static class RoleNames
{
    public static string Of(Role role) => role switch
    {
        Role.TenantAdmin => "门户管理员",
        Role.Curator => "策展人",
        Role.EnterpriseMember => "企业成员",
        Role.ProviderMember => "供应商成员",
        Role.Reviewer => "评审专家",
        Role.Recommender => "推荐单位成员",
        _ => role.ToString(),
    };

    public static string Of(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Organiser => "主办方",
        OrganisationKind.Enterprise => "企业",
        OrganisationKind.Provider => "解决方案供应商",
        OrganisationKind.Recommender => "推荐单位",
        _ => kind.ToString(),
    };
}
