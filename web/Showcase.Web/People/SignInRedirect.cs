namespace Showcase.Web.People;

/// <summary>Where the sign-in page sends people, and back: only ever to a page of the same portal.</summary>
public static class SignInRedirect
{
    public static string LoginUrl(string tenant, string returnUrl) =>
        $"/t/{tenant}/login?returnUrl={Uri.EscapeDataString(returnUrl)}";

    /// <summary>The return address if it is a local page of this portal; otherwise the portal's home page.</summary>
    public static string SafeReturnUrl(string tenant, string? returnUrl)
    {
        var home = $"/t/{tenant}/";
        return returnUrl is not null && returnUrl.StartsWith(home, StringComparison.Ordinal) && !returnUrl.Contains("//", StringComparison.Ordinal)
            && !returnUrl.Contains('\\', StringComparison.Ordinal)
            ? returnUrl
            : home;
    }
}
