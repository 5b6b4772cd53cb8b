using Showcase.Common;
using Showcase.Scenarios;
using Showcase.Web.Localization;

namespace Showcase.Web.Scenarios;

/// <summary>The words the pages use for a scenario's status (ScenarioLabels.resx, .en.resx), and their URL form.</summary>
public static class ScenarioLabels
{
    private static readonly LabelTexts Texts = new(typeof(ScenarioLabels));

    public static string Label(this ScenarioStatus status) => Texts.Get($"Status.{status}", Languages.Current);

    public static string UrlValue(this ScenarioStatus status) => status.ToString().ToLowerInvariant();

    public static ScenarioStatus? ParseStatus(string? value) =>
        Enum.TryParse<ScenarioStatus>(value, ignoreCase: true, out var status) && Enum.IsDefined(status) ? status : null;
}
