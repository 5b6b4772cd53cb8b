namespace Showcase.Web.Layout;

/// <summary>Where a switch returns to: only a path on this site, so it cannot be made an open redirect.</summary>
public static class LocalPaths
{
    /// <summary><paramref name="back"/> when it is a path on this site; the site's root otherwise (//host, /\host, a full address).</summary>
    public static string OrHome(string? back) => back is ['/', not '/' and not '\\', ..] || back == "/" ? back! : "/";
}
