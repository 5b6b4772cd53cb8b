using System.Globalization;
using Showcase.Providers;

namespace Showcase.Web.Providers;

/// <summary>The filled-in figures of a platform, each with the form's own label, in the form's order.</summary>
public static class PlatformFigureRows
{
    public static IEnumerable<(string Label, string Value)> Of(PlatformFigures figures) =>
        PlatformFigureFields.Figures
            .Where(f => f.Property.Name != nameof(PlatformFigures.PlatformName))
            .Select(f => (f.Label, Value: Format(f.Property.GetValue(figures))))
            .Where(f => f.Value is not null)!;

    private static string? Format(object? value) => value switch
    {
        null => null,
        bool flag => flag ? "是" : "否",
        IFormattable number => number.ToString("#,0.##", CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
