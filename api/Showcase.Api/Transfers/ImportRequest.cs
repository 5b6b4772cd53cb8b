using Showcase.Audit;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Tenancy;

namespace Showcase.Api.Transfers;

/// <summary>
/// An import as the curator asked for it, with who they are captured up front: the work runs after the request ends.
/// <paramref name="Publish"/> publishes cases and lists providers once created.
/// </summary>
public sealed record ImportRequest(TenantId Tenant, CatalogKind Kind, string FileName, byte[] Content, bool Publish, Owner Owner, Actor By);
