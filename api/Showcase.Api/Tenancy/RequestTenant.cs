using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Api.Tenancy;

/// <summary>
/// The tenant of the current request, taken from the <c>/t/{tenant}/</c> path by <see cref="TenantResolutionMiddleware"/>.
/// Services read it from here and never from an argument a caller sets.
/// </summary>
public sealed class RequestTenant
{
    private TenantSnapshot? _tenant;

    public bool IsResolved => _tenant is not null;

    public TenantSnapshot Current =>
        _tenant ?? throw new DomainException(ErrorCodes.TenantNotFound, Sentence.Of("NoPortalInRequest"));

    public TenantId Id => Current.Id;

    internal void Resolve(TenantSnapshot tenant) => _tenant = tenant;
}
