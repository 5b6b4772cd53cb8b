using System.Globalization;

namespace Showcase.Api.Transfers;

/// <summary>Dates as people type them (2024-03-01, 2024/3/1, 2024年3月1日) or as Excel stores them (a serial day number).</summary>
public static class DateCells
{
    private static readonly string[] Formats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];

    public static DateOnly? Parse(string text)
    {
        if (DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        // Excel keeps a date as the number of days since 1899-12-30.
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 20_000 and < 80_000
            ? DateOnly.FromDateTime(DateTime.FromOADate(serial))
            : null;
    }
}
