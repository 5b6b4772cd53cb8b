using Showcase.Common;

namespace Showcase.Api.Files;

/// <summary>
/// What a document is kept as belonging to, when that is named by a kind and two ids: <c>{kind}/{first}/{second}</c>
/// (<c>bid/{challenge}/{provider}</c>, <c>application/{call}/{applicant}</c>).
/// </summary>
public static class OwnerNames
{
    public static string Of(string kind, EntityId first, EntityId second) => $"{kind}/{first}/{second}";

    public static bool TryParse(string owner, string kind, out EntityId first, out EntityId second)
    {
        (first, second) = (default, default);
        var parts = owner.Split('/');
        return parts.Length == 3 && parts[0] == kind && EntityId.TryParse(parts[1], out first) && EntityId.TryParse(parts[2], out second);
    }
}
