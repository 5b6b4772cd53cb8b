using System.Globalization;
using System.Text.RegularExpressions;
using Showcase.Cases;

namespace Showcase.Api.Transfers;

/// <summary>
/// KPI metrics in one cell, one per line (or separated by ；): <c>名称（单位）：改造前→改造后</c>, e.g.
/// <c>焊点缺陷率（%）：1.2→0.3</c>; without a value before, <c>检测效率（点/分钟）：120</c>.
/// </summary>
public static partial class MetricCells
{
    public const string Example = "焊点缺陷率（%）：1.2→0.3";

    public static string Format(IEnumerable<CaseMetric> metrics) => string.Join("\n", metrics.Select(m =>
        $"{m.Name}（{m.Unit}）：{(m.Before is { } before ? Number(before) + "→" : "")}{Number(m.After)}"));

    public static IReadOnlyList<CaseMetric> Parse(string? cell, string column, RowErrors errors)
    {
        var metrics = new List<CaseMetric>();
        foreach (var item in Items().Split(cell ?? "").Select(s => s.Trim()).Where(s => s.Length > 0))
        {
            var match = Metric().Match(item);
            if (!match.Success
                || !TryNumber(match.Groups["after"].Value, out var after)
                || (match.Groups["before"].Success && !TryNumber(match.Groups["before"].Value, out _)))
            {
                errors.Add(column, "UnreadableMetric", item);
                continue;
            }

            decimal? before = match.Groups["before"].Success && TryNumber(match.Groups["before"].Value, out var value) ? value : null;
            metrics.Add(new CaseMetric(match.Groups["name"].Value.Trim(), match.Groups["unit"].Value.Trim(), before, after));
        }

        return metrics;
    }

    private static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    private static bool TryNumber(string text, out decimal value) =>
        decimal.TryParse(text.Replace(",", "").Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out value);

    [GeneratedRegex(@"[；;\r\n]+")]
    private static partial Regex Items();

    [GeneratedRegex(@"^(?<name>.+)[（(](?<unit>[^（()）]+)[）)]\s*[：:]\s*(?:(?<before>-?[\d.,]+)\s*(?:→|->|—>|至)\s*)?(?<after>-?[\d.,]+)$")]
    private static partial Regex Metric();
}
