using Microsoft.AspNetCore.Identity;
using Showcase.Common;

namespace Showcase.Api.People;

/// <summary>
/// Password hashing with ASP.NET Core Identity's hasher (PBKDF2, HMAC-SHA512, 100 000 iterations, random salt),
/// and the rules a new password follows.
/// </summary>
public sealed class Passwords
{
    public const int MinLength = 10;
    public const int MaxLength = 128;

    private readonly PasswordHasher<string> _hasher = new();
    private readonly Lazy<string> _nobody;

    public Passwords() => _nobody = new(() => Hash(Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))));

    public string Hash(string password) => _hasher.HashPassword("", password);

    /// <summary>
    /// Whether the password matches the hash. Without a hash (an unknown login) it is checked against a random one, so
    /// the answer takes as long as for a real account and never matches.
    /// </summary>
    public bool Verify(string? hash, string password) =>
        _hasher.VerifyHashedPassword("", hash ?? _nobody.Value, password) != PasswordVerificationResult.Failed && hash is not null;

    /// <summary>The policy, in one sentence for forms.</summary>
    public static string Policy => $"至少 {MinLength} 个字符，最多 {MaxLength} 个，不能包含登录名。";

    /// <summary>Refuses a password that is too short, too long, or contains the login name.</summary>
    public static void CheckNew(string password, string login, string field = "password") =>
        DomainException.ThrowIfAny(Problems(password, login, field));

    /// <summary>What is wrong with a new password (at most one sentence).</summary>
    public static IReadOnlyList<DomainError> Problems(string password, string login, string field = "password") =>
        password.Length < MinLength ? [DomainMessages.Error(ErrorCodes.InvalidValue, field, "PasswordTooShort", MinLength)]
        : password.Length > MaxLength ? [DomainMessages.Error(ErrorCodes.TooLong, field, "PasswordTooLong", MaxLength)]
        : login.Length > 0 && password.Contains(login, StringComparison.OrdinalIgnoreCase) ? [DomainMessages.Error(ErrorCodes.InvalidValue, field, "PasswordHasLogin")]
        : [];
}
