namespace Showcase.Common;

/// <summary>Times as people in China read them: Beijing time (UTC+8), to the minute.</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static string Minutes(DateTimeOffset at) => at.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
