namespace Showcase.Web.Listings;

/// <summary>Text boxes that hold one item per line, and <c>名称：值</c> lines in them.</summary>
public static class FormText
{
    /// <summary>The non-blank lines of a text box, trimmed, whatever the line endings.</summary>
    public static string[] Lines(string? text) =>
        (text ?? "").ReplaceLineEndings("\n").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A <c>名称：值</c> line (full- or half-width colon): the name, and the value or null when there is no colon.</summary>
    public static (string Name, string? Value) Pair(string line) =>
        line.Split(['：', ':'], 2, StringSplitOptions.TrimEntries) is [var name, var value] ? (name, value) : (line, null);
}
