using Showcase.Common;
using Showcase.People;

namespace Showcase.Web.People.Admin;

/// <summary>A tenant admin's form for an account: who the person is (new accounts), roles and organisation.</summary>
public sealed class MemberForm
{
    public string? Login { get; set; }

    public string? DisplayName { get; set; }

    public string? Mobile { get; set; }

    public string? Email { get; set; }

    public string? Password { get; set; }

    public List<Role> Roles { get; set; } = [];

    public string? Organisation { get; set; }

    public bool IsOrganisationAdmin { get; set; }

    public Membership ToMembership() =>
        new(Roles.Distinct().ToArray(), EntityId.TryParse(Organisation?.Trim() ?? "", out var id) ? id : null);

    public static MemberForm From(AccountSnapshot account) => new()
    {
        Roles = [.. account.Membership.Roles],
        Organisation = account.Membership.Organisation?.Value,
    };
}
