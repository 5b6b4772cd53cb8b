using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Showcase.Common;

/// <summary>
/// The id of an entity inside a tenant: lowercase letters, digits and dashes, 1 to 64 characters,
/// so that it is safe in a grain key, a URL path and a file name.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.entity-id")]
[JsonConverter(typeof(EntityIdJsonConverter))]
public readonly partial record struct EntityId
{
    private EntityId(string value) => Value = value;

    [Id(0)]
    public string Value { get; }

    /// <summary>
    /// The id of what two entities make together (a challenge's winning bid's case, a call's winner's factory):
    /// <c>{first}-{second}</c> when it fits, else <paramref name="prefix"/> and a digest of the two.
    /// </summary>
    public static EntityId Joined(EntityId first, EntityId second, string prefix)
    {
        var readable = $"{first}-{second}";
        return TryParse(readable, out var id)
            ? id
            : Parse($"{prefix}-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(readable)))[..24]);
    }

    public static EntityId New() => new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)));

    public static bool TryParse([NotNullWhen(true)] string? value, out EntityId id)
    {
        id = default;
        if (value is null || !Pattern().IsMatch(value))
        {
            return false;
        }

        id = new EntityId(value);
        return true;
    }

    public static EntityId Parse(string value) =>
        TryParse(value, out var id)
            ? id
            : throw new DomainException(ErrorCodes.InvalidId, Sentence.Of("BadEntityId", value), "id");

    public override string ToString() => Value;

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")]
    private static partial Regex Pattern();
}
