using System.Globalization;

namespace Showcase.Common;

/// <summary>
/// The one clock people read and type: Beijing time (UTC+8), whatever zone the server runs in. Every time shown in a
/// page, a message, a notice or an export goes through here; forms read typed times as Beijing time too.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The same instant on Beijing's clock, for formats of one's own (年月日, file names).</summary>
    public static DateTimeOffset At(DateTimeOffset at) => at.ToOffset(Offset);

    /// <summary><c>yyyy-MM-dd HH:mm</c> in Beijing time.</summary>
    public static string Minutes(DateTimeOffset at) => At(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary><c>yyyy-MM-dd HH:mm:ss</c> in Beijing time.</summary>
    public static string Seconds(DateTimeOffset at) => At(at).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary><c>yyyy-MM-dd</c>: the date in Beijing.</summary>
    public static string Date(DateTimeOffset at) => At(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
