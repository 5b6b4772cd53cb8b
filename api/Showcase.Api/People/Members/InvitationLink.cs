using System.Diagnostics.CodeAnalysis;
using Showcase.Common;

namespace Showcase.Api.People.Members;

/// <summary>
/// An invitation link's token: <c>{organisation}.{invitation}.{secret}</c>. Ids have no dots and the secret is
/// base64url, so it splits unambiguously; only the secret's hash is stored.
/// </summary>
public sealed record InvitationLink(EntityId Organisation, EntityId Invitation, string SecretHash)
{
    public static string Token(EntityId organisation, EntityId invitation, string secret) => $"{organisation}.{invitation}.{secret}";

    public static bool TryParse(string? token, [NotNullWhen(true)] out InvitationLink? link)
    {
        link = null;
        var parts = token?.Trim().Split('.') ?? [];
        if (parts.Length != 3 || parts[2].Length < 20 || !EntityId.TryParse(parts[0], out var organisation) || !EntityId.TryParse(parts[1], out var invitation))
        {
            return false;
        }

        link = new InvitationLink(organisation, invitation, OneTimeSecret.Hash(parts[2]));
        return true;
    }
}
