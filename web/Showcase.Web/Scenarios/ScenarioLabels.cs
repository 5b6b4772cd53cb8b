using Showcase.Scenarios;

namespace Showcase.Web.Scenarios;

/// <summary>The Chinese words the pages use for a scenario's status, and their URL form.</summary>
public static class ScenarioLabels
{
    public static string Label(this ScenarioStatus status) => status switch
    {
        ScenarioStatus.Draft => "草稿",
        ScenarioStatus.Published => "已发布",
        ScenarioStatus.Unpublished => "已下线",
        _ => status.ToString(),
    };

    public static string UrlValue(this ScenarioStatus status) => status.ToString().ToLowerInvariant();

    public static ScenarioStatus? ParseStatus(string? value) =>
        Enum.TryParse<ScenarioStatus>(value, ignoreCase: true, out var status) && Enum.IsDefined(status) ? status : null;
}
