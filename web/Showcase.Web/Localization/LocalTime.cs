using Showcase.Common;

namespace Showcase.Web.Localization;

/// <summary>
/// Times as the pages show them: Beijing time always (<see cref="ChinaTime"/>), labelled “(UTC+8)” for English
/// readers, who may be anywhere; a Chinese reader needs no label.
/// </summary>
public static class LocalTime
{
    public static string Minutes(DateTimeOffset at) => Labelled(ChinaTime.Minutes(at));

    public static string Seconds(DateTimeOffset at) => Labelled(ChinaTime.Seconds(at));

    private static string Labelled(string time) => Languages.Current == Languages.English ? $"{time} (UTC+8)" : time;
}
