using System.Text.Json.Serialization;

namespace Showcase.People;

/// <summary>
/// Where an organisation stands with the portal. Organisations a tenant admin creates are verified at once; those that
/// sign themselves up wait for a tenant admin or curator. Only verified organisations' people post challenges, bid or apply.
/// </summary>
[GenerateSerializer, Alias("showcase.organisation-status")]
[JsonConverter(typeof(JsonStringEnumConverter<OrganisationStatus>))]
public enum OrganisationStatus
{
    /// <summary>已认证.</summary>
    Verified = 0,

    /// <summary>待审核: signed up (or corrected after a rejection) and waiting.</summary>
    Pending = 1,

    /// <summary>未通过: rejected with a reason the applicant sees; correcting the details submits it again.</summary>
    Rejected = 2,

    /// <summary>已暂停: a verified organisation a tenant admin suspended, with a reason; reinstating makes it verified again.</summary>
    Suspended = 3,
}

/// <summary>What a tenant admin or curator decides about an organisation.</summary>
[GenerateSerializer, Alias("showcase.organisation-decision")]
[JsonConverter(typeof(JsonStringEnumConverter<OrganisationDecision>))]
public enum OrganisationDecision
{
    Approve = 0,
    Reject = 1,
    Suspend = 2,
    Reinstate = 3,
}
