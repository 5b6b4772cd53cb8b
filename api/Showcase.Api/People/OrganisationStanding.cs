using Showcase.Api.Tenancy;
using Showcase.Common;
using Showcase.People;

namespace Showcase.Api.People;

/// <summary>
/// Whether the signed-in person's organisation lets them act: until it is verified (and while it is suspended) its
/// people browse and keep drafts, but post no challenge, bid on none and apply to no program. Curators and admins of
/// the portal are never held back. Each refusal says why and what to do next.
/// </summary>
public sealed class OrganisationStanding(IGrainFactory grains, RequestTenant tenant, CurrentUser current)
{
    private OrganisationSnapshot? _organisation;
    private bool _loaded;

    /// <summary>The person's organisation, read once per request.</summary>
    public async Task<OrganisationSnapshot?> OrganisationAsync()
    {
        if (!_loaded)
        {
            _organisation = current.User?.Membership.Organisation is { } id ? await grains.GetOrganisation(new OrganisationKey(tenant.Id, id)).GetAsync() : null;
            _loaded = true;
        }

        return _organisation;
    }

    /// <summary>Why the person may not <paramref name="what"/> yet (a sentence ending in what to do), or <c>null</c> when they may.</summary>
    public async Task<string?> HoldBackAsync(string what)
    {
        if (current.User is null || current.IsCurator)
        {
            return null;
        }

        return await OrganisationAsync() switch
        {
            null => current.User.Membership.Organisation is null && await RequestedAsync() is { } requested
                ? $"您申请加入“{requested}”，单位管理员同意后才能{what}。"
                : null,
            { Status: OrganisationStatus.Pending } o => $"您的单位“{o.Profile.Name}”正在等待门户审核，审核通过后才能{what}。审核进度见“我的单位”。",
            { Status: OrganisationStatus.Rejected } o => $"您的单位“{o.Profile.Name}”没有通过审核（{o.StatusReason}），请在“我的单位”修改资料后重新提交，通过后才能{what}。",
            { Status: OrganisationStatus.Suspended } o => $"您的单位“{o.Profile.Name}”已被门户暂停（{o.StatusReason}），恢复前不能{what}，请联系门户管理员。",
            _ => null,
        };
    }

    /// <summary>Refuses with <c>NOT_VERIFIED</c> when <see cref="HoldBackAsync"/> has a reason.</summary>
    public async Task RequireVerifiedAsync(string what)
    {
        if (await HoldBackAsync(what) is { } reason)
        {
            throw new DomainException(ErrorCodes.NotVerified, reason);
        }
    }

    private async Task<string?> RequestedAsync() =>
        await grains.GetAccount(current.User!.Account).GetAsync() is { RequestedOrganisation: { } id }
            ? (await grains.GetOrganisation(new OrganisationKey(tenant.Id, id)).GetAsync())?.Profile.Name
            : null;
}
