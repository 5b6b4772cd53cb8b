using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Showcase.Common;

namespace Showcase.Tenancy;

/// <summary>
/// A tenant: one organiser's portal. Lowercase letters, digits and dashes, 2 to 32 characters, starting with a letter.
/// Every grain key begins with it.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.tenant-id")]
[JsonConverter(typeof(TenantIdJsonConverter))]
public readonly partial record struct TenantId
{
    private TenantId(string value) => Value = value;

    [Id(0)]
    public string Value { get; }

    /// <summary>The platform's own portal: platform admins' accounts live here. No organiser can take this id.</summary>
    public static TenantId Platform { get; } = new("platform");

    public bool IsPlatform => Value == Platform.Value;

    public static bool TryParse([NotNullWhen(true)] string? value, out TenantId tenant)
    {
        tenant = default;
        if (value is null || !Pattern().IsMatch(value))
        {
            return false;
        }

        tenant = new TenantId(value);
        return true;
    }

    public static TenantId Parse(string value) =>
        TryParse(value, out var tenant)
            ? tenant
            : throw new DomainException(ErrorCodes.InvalidTenant, Sentence.Of("BadTenantId", value));

    public override string ToString() => Value;

    [GeneratedRegex("^[a-z][a-z0-9-]{0,30}[a-z0-9]$")]
    private static partial Regex Pattern();
}
