using System.Globalization;
using System.Text.RegularExpressions;
using Showcase.Cases;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Providers;

namespace Showcase.Grains.Challenges;

/// <summary>
/// The case an accepted challenge leaves its winner to complete: the task, the poster, the winning proposal, the
/// 考核指标 as metrics (achieved where a milestone report or the 验收结论 names a value, the target otherwise, marked so)
/// and the acceptance conclusion.
/// </summary>
internal static partial class AcceptedCase
{
    public sealed record Facts(
        ChallengeContent Challenge, IReadOnlyList<ChallengeMilestone> Milestones, string? Conclusion, string? Poster, EntityId? PosterFactory,
        EntityId Winner, ProviderSnapshot? Provider, BidSnapshot? Bid, int Year);

    public static CaseContent Draft(Facts facts)
    {
        var c = facts.Challenge;
        var measured = c.Indicators.Select(i => (Indicator: i, Target: Number(i.Target), Achieved: Achieved(i.Name, facts))).ToArray();
        return new CaseContent
        {
            Title = c.Title,
            Summary = c.Goals,
            Body = string.Join("\n\n", Sections(facts, measured)),
            Organisation = facts.Provider?.Profile.Name,
            Province = c.Province ?? facts.Provider?.Profile.Province,
            Industries = c.Industry is null ? [] : [c.Industry],
            Domains = c.Domain is null ? [] : [c.Domain],
            Technologies = c.Technologies,
            Scenes = c.Scenes,
            Year = facts.Year,
            Metrics = measured
                .Where(m => (m.Achieved ?? m.Target) is not null)
                .Select(m => new CaseMetric(m.Achieved is null ? $"{m.Indicator.Name}（目标值，待实测）" : m.Indicator.Name, UnitOf(m.Indicator), null, (m.Achieved ?? m.Target)!.Value))
                .ToArray(),
            Links = CaseLinks.None with { Providers = [facts.Winner], Factory = facts.PosterFactory },
        };
    }

    private static IEnumerable<string> Sections(Facts facts, IEnumerable<(ChallengeIndicator Indicator, decimal? Target, decimal? Achieved)> measured)
    {
        var c = facts.Challenge;
        yield return "## 需求背景";
        yield return (facts.Poster is null ? "" : $"发榜单位：{facts.Poster}\n\n") + (c.Background ?? c.Goals ?? "（待补充）");
        yield return "## 考核指标";
        yield return string.Join("\n", measured.Select(m =>
            $"- {m.Indicator.Name}：目标 {m.Indicator.Target}{m.Indicator.Unit}，实测 {(m.Achieved is { } a ? $"{a.ToString(CultureInfo.InvariantCulture)}{UnitOf(m.Indicator)}" : "待补充")}"));
        yield return "## 实施方案";
        yield return facts.Bid?.Content.Proposal ?? "（待补充）";
        if (facts.Milestones.Any(m => m.Report is not null))
        {
            yield return "## 实施过程";
            yield return string.Join("\n", facts.Milestones.Where(m => m.Report is not null).Select(m => $"- {m.Title}（{ChinaTime.Date(m.ReportedAt!.Value)}）：{m.Report}"));
        }

        yield return "## 验收结论";
        yield return facts.Conclusion ?? "（待补充）";
    }

    /// <summary>The last value named for an indicator ("漏检率 0.3%", "漏检率：0.3") in the reports, then the conclusion.</summary>
    private static decimal? Achieved(string indicator, Facts facts)
    {
        var texts = facts.Milestones.Select(m => m.Report).Append(facts.Conclusion).OfType<string>();
        var named = new Regex($@"{Regex.Escape(indicator)}\s*(?:[:：]|为|是|达到)?\s*(?<value>-?\d+(?:\.\d+)?)");
        return texts.SelectMany(t => named.Matches(t)).Select(m => (decimal?)decimal.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture)).LastOrDefault();
    }

    private static decimal? Number(string text) =>
        FirstNumber().Match(text) is { Success: true } match ? decimal.Parse(match.Value, CultureInfo.InvariantCulture) : null;

    /// <summary>The indicator's unit, or what follows the number in its target ("≤ 60 秒/台" → 秒/台).</summary>
    private static string UnitOf(ChallengeIndicator indicator) =>
        indicator.Unit ?? (FirstNumber().Match(indicator.Target) is { Success: true } match ? indicator.Target[(match.Index + match.Length)..].Trim() : "");

    [GeneratedRegex(@"-?\d+(?:\.\d+)?")]
    private static partial Regex FirstNumber();
}
