using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Showcase.People;

namespace Showcase.Api.People.SignIn;

/// <summary>
/// OWASP's device cookie: a browser that signed in to a login once carries a signed, HttpOnly mark of it (a random
/// nonce per login, up to five logins). Its wrong passwords count against that browser alone, so a stranger's
/// guesses, which pause the login for unknown clients, never pause its owner.
/// </summary>
public sealed class DeviceCookie(IDataProtectionProvider protection)
{
    public const string Name = "showcase.device";
    private const int MaxLogins = 5;

    private readonly IDataProtector _protector = protection.CreateProtector("Showcase.SignIn.DeviceCookie");

    /// <summary>The nonce this browser holds for the account, or null when it never signed in to it (or the cookie was forged).</summary>
    public string? NonceFor(HttpContext? http, AccountKey account) =>
        Entries(http).TryGetValue(account.ToString(), out var nonce) ? nonce : null;

    /// <summary>Marks this browser as one that signed in to the account (keeping its nonce if it had one).</summary>
    public void Remember(HttpContext http, AccountKey account)
    {
        var entries = Entries(http);
        var key = account.ToString();
        var nonce = entries.GetValueOrDefault(key) ?? Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var kept = entries.Where(e => e.Key != key).Take(MaxLogins - 1).Prepend(new(key, nonce));
        http.Response.Cookies.Append(Name, _protector.Protect(string.Join('\n', kept.Select(e => $"{e.Key} {e.Value}"))), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(365),
        });
    }

    private Dictionary<string, string> Entries(HttpContext? http)
    {
        var value = http?.Request.Cookies[Name];
        if (string.IsNullOrEmpty(value))
        {
            return [];
        }

        try
        {
            return _protector.Unprotect(value).Split('\n')
                .Select(line => line.Split(' '))
                .Where(parts => parts.Length == 2)
                .DistinctBy(parts => parts[0])
                .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
        }
        catch (CryptographicException)
        {
            return [];
        }
    }
}
