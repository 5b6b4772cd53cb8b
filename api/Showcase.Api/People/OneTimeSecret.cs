using System.Security.Cryptography;
using System.Text;

namespace Showcase.Api.People;

/// <summary>
/// The random part of invitation and password-reset links: 32 bytes in base64url (no dots), stored only as its SHA-256
/// (<see cref="Hash"/>, also the hash of access-token secrets).
/// </summary>
public static class OneTimeSecret
{
    public static (string Secret, string Hash) Create()
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (secret, Hash(secret));
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
