using Microsoft.Extensions.Primitives;

namespace Showcase.Web.Listings;

/// <summary>Posted form values: blank is absent; checkbox groups post one value per ticked box.</summary>
public static class FormText
{
    public static string? Of(StringValues value) => string.IsNullOrWhiteSpace(value) ? null : value.ToString();

    public static string[] Codes(StringValues values) => values.OfType<string>().ToArray();
}
