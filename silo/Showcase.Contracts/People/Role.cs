using System.Text.Json.Serialization;

namespace Showcase.People;

/// <summary>What a member of a tenant may do there. A person can hold several.</summary>
[GenerateSerializer, Alias("showcase.role")]
[JsonConverter(typeof(JsonStringEnumConverter<Role>))]
public enum Role
{
    /// <summary>租户管理员: runs the portal — people, organisations, settings, the audit log.</summary>
    TenantAdmin = 0,

    /// <summary>策展人（主办方）: reviews, publishes and curates everything in the catalog.</summary>
    Curator = 1,

    /// <summary>企业成员: declares its enterprise's scenarios and posts challenges.</summary>
    EnterpriseMember = 2,

    /// <summary>供应商成员: keeps its provider's profile and bids on tasks.</summary>
    ProviderMember = 3,

    /// <summary>评审专家: reviews declarations and bids.</summary>
    Reviewer = 4,

    /// <summary>推荐单位成员: ranks and recommends its applicants to a program's call, within its quota.</summary>
    Recommender = 5,
}
