using System.Security.Cryptography;
using System.Text;

namespace Showcase.Grains.People;

/// <summary>Stored secret hashes (access tokens, invitations, reset links) compared in constant time.</summary>
internal static class SecretHashes
{
    public static bool Same(string stored, string offered) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(offered));
}
