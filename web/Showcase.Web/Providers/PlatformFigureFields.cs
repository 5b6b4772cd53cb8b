using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Showcase.Common;
using Showcase.Providers;
using Showcase.Web.Localization;

namespace Showcase.Web.Providers;

/// <summary>
/// The 2020 platform form's figures as form fields, one per <see cref="PlatformFigures"/> property, labelled with the
/// form's own words (its <see cref="DescriptionAttribute"/>; in English through <see cref="DomainLabels"/>); read
/// back with a plain-words error for a value that is not a number.
/// </summary>
public static class PlatformFigureFields
{
    /// <summary>What the rules' errors for a figure are reported under: <c>platform.{name}</c>.</summary>
    public const string Prefix = "platform.";

    /// <summary>Every figure in the form's order: its property, field name (camel case), label and value type.</summary>
    public static IReadOnlyList<(PropertyInfo Property, string Name, string Label, Type Type)> Figures { get; } = typeof(PlatformFigures)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetCustomAttribute<DescriptionAttribute>() is not null)
        .Select(p => (p, Name(p), p.GetCustomAttribute<DescriptionAttribute>()!.Description, Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType))
        .ToArray();

    /// <summary>Every figure's field name, label in the reader's language and value type.</summary>
    public static IEnumerable<(string Name, string Label, Type Type)> All => Figures.Select(f => (f.Name, DomainLabels.In(f.Label, Languages.Current), f.Type));

    /// <summary>The field's value as the form shows it.</summary>
    public static string? Value(PlatformFigures? figures, string name) =>
        figures is null ? null : Property(name).GetValue(figures) switch
        {
            null => null,
            bool flag => flag ? "true" : null,
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };

    /// <summary>Every figure's value as the form shows it, by field name (blank ones left out).</summary>
    public static Dictionary<string, string?> Texts(PlatformFigures? figures) =>
        All.Select(f => (f.Name, Text: Value(figures, f.Name))).Where(f => f.Text is not null).ToDictionary(f => f.Name, f => f.Text);

    /// <summary>The figures typed, by field name (null when none was filled in), with an error per value that is not a number.</summary>
    public static (PlatformFigures? Figures, IReadOnlyList<DomainError> Errors) Read(IReadOnlyDictionary<string, string?> texts)
    {
        var figures = new PlatformFigures();
        var errors = new List<DomainError>();
        var any = false;
        foreach (var (property, name, label, type) in Figures)
        {
            var text = texts.GetValueOrDefault(name)?.Trim() ?? "";
            if (text.Length == 0)
            {
                continue;
            }

            var value = type == typeof(bool) ? text == "true"
                : type == typeof(string) ? text
                : Number(text, type);
            if (value is null)
            {
                errors.Add(DomainMessages.Error(ErrorCodes.InvalidValue, Prefix + name, "NotANumber", label, "300", text));
                continue;
            }

            property.SetValue(figures, value);
            any = true;
        }

        return (any ? figures : null, errors);
    }

    private static object? Number(string text, Type type)
    {
        if (!decimal.TryParse(text.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        try
        {
            return Convert.ChangeType(number, type, CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static string Name(PropertyInfo property) => char.ToLowerInvariant(property.Name[0]) + property.Name[1..];

    private static PropertyInfo Property(string name) => Figures.First(f => f.Name == name).Property;
}
