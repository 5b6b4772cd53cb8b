using Microsoft.AspNetCore.Http;
using Showcase.Api.Tenancy;
using Showcase.Audit;
using Showcase.Common;
using Showcase.People;

namespace Showcase.Api.People;

/// <summary>
/// The person behind the current request, as far as the current tenant is concerned. A principal from another
/// tenant counts as anonymous here; a platform admin counts as tenant admin and curator everywhere.
/// Every application service asks this, so the web pages and GraphQL share one set of checks.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor http, RequestTenant tenant)
{
    private static readonly Role[] PlatformAdminRoles = [Role.TenantAdmin, Role.Curator];

    private SignedInUser? _user;
    private bool _resolved;

    /// <summary>The signed-in person if they count in this tenant; otherwise <c>null</c>.</summary>
    public SignedInUser? User
    {
        get
        {
            if (!_resolved)
            {
                _user = Resolve();
                _resolved = true;
            }

            return _user;
        }
    }

    public bool IsSignedIn => User is not null;

    public bool IsPlatformAdmin => User?.IsPlatformAdmin == true;

    public bool Has(Role role) => User is { } user && (user.Membership.Has(role) || (user.IsPlatformAdmin && PlatformAdminRoles.Contains(role)));

    public bool HasAny(params Role[] roles) => roles.Any(Has);

    /// <summary>Curators and tenant admins see and manage everything in the tenant's catalog.</summary>
    public bool IsCurator => HasAny(Role.Curator, Role.TenantAdmin);

    /// <summary>What this person owns: their account in this tenant and their organisation.</summary>
    public Owner AsOwner => User is { IsPlatformAdmin: false } user
        ? new Owner(user.Account.Login, user.Membership.Organisation)
        : Owner.Nobody;

    /// <summary>Who to write into an entity's history.</summary>
    public Actor AsActor => User is { } user ? new Actor(user.Account.ToString(), user.DisplayName) : new Actor("anonymous", "匿名访客");

    public SignedInUser RequireSignedIn() =>
        User ?? throw new DomainException(ErrorCodes.Unauthenticated, Sentence.Of("SignInFirst"));

    /// <summary>Refuses unless the person holds one of the roles; <paramref name="what"/> completes "您没有权限…".</summary>
    public SignedInUser RequireAny(string what, params Role[] roles)
    {
        var user = RequireSignedIn();
        return HasAny(roles) ? user : throw Forbidden(what);
    }

    public SignedInUser RequirePlatformAdmin(string what)
    {
        var user = RequireSignedIn();
        return user.IsPlatformAdmin ? user : throw Forbidden(what);
    }

    /// <summary>
    /// A client's operation id (1–100 characters, the same on every retry of one change) scoped to this person, so
    /// two people's ids never collide.
    /// </summary>
    public string OperationId(string operationId)
    {
        var trimmed = operationId.Trim();
        if (trimmed.Length is 0 or > 100)
        {
            throw new DomainException(ErrorCodes.InvalidValue, Sentence.Of("BadOperationId"), "operationId");
        }

        return $"{AsActor.Id}:{trimmed}";
    }

    public static DomainException Forbidden(string what) => new(ErrorCodes.Forbidden, Sentence.Of("Forbidden", what));

    private SignedInUser? Resolve()
    {
        var principal = http.HttpContext?.User;
        var user = principal is null ? null : ShowcaseClaims.FromPrincipal(principal);
        if (user is null)
        {
            return null;
        }

        return user.IsPlatformAdmin || (tenant.IsResolved && user.Account.Tenant == tenant.Id) ? user : null;
    }
}
