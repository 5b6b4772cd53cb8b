using Showcase.Tenancy;

namespace Showcase.Web.People;

/// <summary>Where the sign-in page sends people back to: only ever a page of the same portal.</summary>
public static class SignInRedirect
{
    /// <summary>The return address if it is a local page of this portal; otherwise the portal's home page.</summary>
    public static string SafeReturnUrl(string tenant, string? returnUrl)
    {
        var home = PortalPaths.Of(tenant).Home;
        return returnUrl is not null && returnUrl.StartsWith(home, StringComparison.Ordinal) && !returnUrl.Contains("//", StringComparison.Ordinal)
            && !returnUrl.Contains('\\', StringComparison.Ordinal)
            ? returnUrl
            : home;
    }
}
