using Showcase.Common;

namespace Showcase.Api.People;

/// <summary>Login names as people type them: surrounding spaces and capitals do not matter.</summary>
public static class LoginName
{
    public static bool TryParse(string login, out EntityId id) => EntityId.TryParse(login.Trim().ToLowerInvariant(), out id);
}
