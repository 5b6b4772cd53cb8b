using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Showcase.Api.People;
using Showcase.People;
using Showcase.Tenancy;

namespace Showcase.Web.People.Admin;

/// <summary>
/// The start of every administration page: anonymous visitors go to the sign-in page and come back; people without
/// the role see a sentence instead of the page.
/// </summary>
public abstract class AdminPageBase : ComponentBase
{
    [Inject] protected CurrentUser Current { get; set; } = default!;

    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    [Inject] private IStringLocalizer<AdminPageBase> Texts { get; set; } = default!;

    [Parameter] public string Tenant { get; set; } = "";

    protected PortalPaths Paths => PortalPaths.Of(Tenant);

    /// <summary>Why this person may not use the page, or null.</summary>
    protected string? Refusal { get; private set; }

    /// <summary>Whether the page may go on; otherwise it redirected or set <see cref="Refusal"/>.</summary>
    protected bool Admit(params Role[] roles)
    {
        if (!Current.IsSignedIn)
        {
            Navigation.NavigateTo(Paths.Login("/" + Navigation.ToBaseRelativePath(Navigation.Uri)));
            return false;
        }

        if (!Current.HasAny(roles))
        {
            Refusal = Texts["AdminsOnly"];
            return false;
        }

        return true;
    }
}
