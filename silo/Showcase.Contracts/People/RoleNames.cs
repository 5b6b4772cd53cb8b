namespace Showcase.People;

/// <summary>The Chinese names people see for roles, organisation kinds and statuses.</summary>
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

    public static string Of(OrganisationStatus status) => status switch
    {
        OrganisationStatus.Verified => "已认证",
        OrganisationStatus.Pending => "待审核",
        OrganisationStatus.Rejected => "未通过审核",
        OrganisationStatus.Suspended => "已暂停",
        _ => status.ToString(),
    };
}
