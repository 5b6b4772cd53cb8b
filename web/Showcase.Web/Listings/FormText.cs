using Microsoft.Extensions.Primitives;

namespace Showcase.Web.Listings;

/// <summary>Posted form values: blank is absent; checkbox groups post one value per ticked box; text boxes hold one item per line.</summary>
public static class FormText
{
    public static string? Of(StringValues value) => string.IsNullOrWhiteSpace(value) ? null : value.ToString();

    public static string[] Codes(StringValues values) => values.OfType<string>().ToArray();

    /// <summary>
    /// What the request posted in a field (its <paramref name="index"/>th value), so a refused form comes back as it was
    /// filled in; null on a GET.
    /// </summary>
    public static string? Posted(Microsoft.AspNetCore.Http.HttpContext http, string field, int index = 0) =>
        http.Request.HasFormContentType ? http.Request.Form[field].ElementAtOrDefault(index) : null;

    /// <summary>A <c>datetime-local</c> box's value read as China time (UTC+8), the time the forms are filled in; null when blank or unreadable.</summary>
    public static DateTimeOffset? ChinaTime(StringValues value) =>
        DateTime.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, Common.ChinaTime.Offset)
            : null;

    /// <summary>The non-blank lines of a text box, trimmed, whatever the line endings.</summary>
    public static string[] Lines(string? text) =>
        (text ?? "").ReplaceLineEndings("\n").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A <c>名称：值</c> line (full- or half-width colon): the name, and the value or null when there is no colon.</summary>
    public static (string Name, string? Value) Pair(string line) =>
        line.Split(['：', ':'], 2, StringSplitOptions.TrimEntries) is [var name, var value] ? (name, value) : (line, null);
}
