using System.Globalization;
using Showcase.Common;
using Showcase.Providers;
using Showcase.Web.Localization;

namespace Showcase.Web.Providers;

/// <summary>The filled-in figures of a platform, each with the form's own label (in the reader's language), in the form's order.</summary>
public static class PlatformFigureRows
{
    /// <summary>The rows, yes-or-no figures written as <paramref name="yes"/> and <paramref name="no"/>.</summary>
    public static IEnumerable<(string Label, string Value)> Of(PlatformFigures figures, string yes, string no) =>
        PlatformFigureFields.Figures
            .Where(f => f.Property.Name != nameof(PlatformFigures.PlatformName))
            .Select(f => (Label: DomainLabels.In(f.Label, Languages.Current), Value: Format(f.Property.GetValue(figures), yes, no)))
            .Where(f => f.Value is not null)!;

    private static string? Format(object? value, string yes, string no) => value switch
    {
        null => null,
        bool flag => flag ? yes : no,
        IFormattable number => number.ToString("#,0.##", CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
