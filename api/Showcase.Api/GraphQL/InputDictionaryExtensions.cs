namespace Showcase.Api.GraphQL;

/// <summary>Reads the fields of a parsed GraphQL input object.</summary>
public static class InputDictionaryExtensions
{
    public static object? Value(this IDictionary<string, object?> input, string key) =>
        input.TryGetValue(key, out var item) ? item : null;

    public static string? String(this IDictionary<string, object?> input, string key) => input.Value(key) as string;

    public static IReadOnlyList<T> List<T>(this IDictionary<string, object?> input, string key) =>
        input.Value(key) is IEnumerable<object?> items ? items.OfType<T>().ToArray() : [];
}
