using System.Globalization;

namespace Showcase.Web.Localization;

/// <summary>
/// Amounts kept in 万元 (ten thousand yuan), as the seeds' forms ask for them: “12.5 万元” for Chinese readers,
/// “CNY 125k” (or “CNY 1.5M”) for English ones.
/// </summary>
public static class Money
{
    public static string TenThousands(decimal amount) =>
        Languages.Current == Languages.English ? $"CNY {Thousands(amount)}" : $"{Number(amount)} 万元";

    public static string Range(decimal min, decimal max) =>
        Languages.Current == Languages.English ? $"CNY {Thousands(min)}–{Thousands(max)}" : $"{Number(min)}–{Number(max)} 万元";

    private static string Thousands(decimal tenThousands) =>
        tenThousands * 10 is var thousands && thousands >= 1000 ? $"{Number(thousands / 1000)}M" : $"{Number(thousands)}k";

    private static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
