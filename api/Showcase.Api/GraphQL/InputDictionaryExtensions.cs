using Showcase.Common;

namespace Showcase.Api.GraphQL;

/// <summary>Reads the fields of a parsed GraphQL input object.</summary>
public static class InputDictionaryExtensions
{
    public static object? Value(this IDictionary<string, object?> input, string key) =>
        input.TryGetValue(key, out var item) ? item : null;

    public static string? String(this IDictionary<string, object?> input, string key) => input.Value(key) as string;

    public static IReadOnlyList<T> List<T>(this IDictionary<string, object?> input, string key) =>
        input.Value(key) is IEnumerable<object?> items ? items.OfType<T>().ToArray() : [];

    public static decimal? Decimal(this IDictionary<string, object?> input, string key) => input.Value(key) switch
    {
        null => null,
        decimal d => d,
        var other => Convert.ToDecimal(other, System.Globalization.CultureInfo.InvariantCulture),
    };

    public static int? Int(this IDictionary<string, object?> input, string key) => input.Value(key) is int i ? i : null;

    /// <summary>The <c>english</c> field (<see cref="EnglishText"/>), none when it is left out.</summary>
    public static EnglishText English(this IDictionary<string, object?> input) => input.Value("english") as EnglishText ?? EnglishText.None;

    /// <summary>An entity id; one that is not well formed is refused with <c>INVALID_ID</c>, naming the field.</summary>
    public static EntityId? Id(this IDictionary<string, object?> input, string key) =>
        input.String(key) is { } id ? ParseId(id, key) : null;

    public static IReadOnlyList<EntityId> Ids(this IDictionary<string, object?> input, string key) =>
        input.List<string>(key).Select(id => ParseId(id, key)).ToArray();

    /// <summary>An id from an argument or input field, refused with <c>INVALID_ID</c> naming <paramref name="field"/> when not well formed.</summary>
    public static EntityId ParseId(string id, string field) =>
        EntityId.TryParse(id.Trim(), out var parsed)
            ? parsed
            : throw new DomainException(ErrorCodes.InvalidId, Sentence.Of("BadId", id), field);
}
