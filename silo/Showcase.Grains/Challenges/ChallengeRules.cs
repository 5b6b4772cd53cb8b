using Showcase.Challenges;
using Showcase.Common;
using Showcase.Grains.Rules;
using Showcase.Reference;

namespace Showcase.Grains.Challenges;

/// <summary>What a challenge (榜单) must be: always (lengths, known codes, a sane budget and order of deadlines) and to be opened for bids.</summary>
internal static class ChallengeRules
{
    public const int TitleMax = 80;
    public const int TextMax = 5000;
    public const int IndicatorsMax = 20;
    public const int IndicatorTextMax = 100;

    public static ChallengeContent Normalize(ChallengeContent content) => content with
    {
        Title = Clean.Text(content.Title),
        Background = Clean.Text(content.Background),
        Goals = Clean.Text(content.Goals),
        Industry = Clean.Text(content.Industry),
        Domain = Clean.Text(content.Domain),
        Scenes = Clean.Codes(content.Scenes),
        Technologies = Clean.Codes(content.Technologies),
        Province = Clean.Text(content.Province),
        English = Clean.English(content.English),
        Indicators = content.Indicators
            .Select(i => new ChallengeIndicator(i.Name?.Trim() ?? "", i.Target?.Trim() ?? "", Clean.Text(i.Unit)))
            .Where(i => i.Name.Length > 0 || i.Target.Length > 0)
            .ToArray(),
        Eligibility = content.Eligibility with
        {
            ApplicantKinds = Clean.Codes(content.Eligibility.ApplicantKinds),
            Provinces = Clean.Codes(content.Eligibility.Provinces),
            Qualifications = Clean.Codes(content.Eligibility.Qualifications.Select(q => q.Trim()).ToArray()),
        },
    };

    /// <summary>
    /// What any challenge must be. A deadline set now must lie ahead; one left as it was (<paramref name="before"/>)
    /// may have passed while the challenge waited.
    /// </summary>
    public static RuleErrors CheckDraft(ChallengeContent content, DateTimeOffset now, ChallengeContent? before = null)
    {
        var errors = new RuleErrors()
            .Required(content.Title, "title", "榜单名称")
            .MaxLength(content.Title, TitleMax, "title", "榜单名称")
            .English(content.English, TitleMax * 2, TextMax * 2, TextMax * 2)
            .MaxLength(content.Background, TextMax, "background", "需求背景")
            .MaxLength(content.Goals, TextMax, "goals", "攻关目标")
            .MaxCount(content.Indicators, IndicatorsMax, "indicators", "考核指标")
            .KnownCode(ReferenceData.Industries, content.Industry, "industry")
            .KnownCode(ReferenceData.Domains, content.Domain, "domain")
            .KnownCodes(ReferenceData.Scenes, content.Scenes, "scenes")
            .KnownCodes(ReferenceData.Technologies, content.Technologies, "technologies")
            .KnownCode(ReferenceData.Provinces, content.Province, "province")
            .KnownCodes(ReferenceData.ApplicantKinds, content.Eligibility.ApplicantKinds, "eligibility.applicantKinds")
            .KnownCodes(ReferenceData.Provinces, content.Eligibility.Provinces, "eligibility.provinces")
            .Check(content.Eligibility.MinDeliveredCases is >= 0 and <= 100, ErrorCodes.InvalidValue, Sentence.Of("DeliveredCasesRange"), "eligibility.minDeliveredCases")
            .Check(content.BudgetMin is null or >= 0 && content.BudgetMax is null or >= 0, ErrorCodes.InvalidValue, Sentence.Of("BudgetNegative"), "budget")
            .Check(content.BudgetMin is null || content.BudgetMax is null || content.BudgetMin <= content.BudgetMax, ErrorCodes.InvalidValue,
                Sentence.Of("BudgetReversed", content.BudgetMin, content.BudgetMax), "budget")
            .Check(InOrder(content.QuestionsDue, content.BidsDue, content.EvaluationDue, content.DeliveryDue), ErrorCodes.InvalidValue,
                Sentence.Of("DeadlinesOrder"), "deadlines")
            .Check(content.BidsDue is not { } due || due == before?.BidsDue || due > now, ErrorCodes.InvalidValue,
                Sentence.Of("BidsDuePassed", content.BidsDue is { } shown ? ChinaTime.Minutes(shown) : ""), "bidsDue");
        for (var i = 0; i < content.Indicators.Count; i++)
        {
            var indicator = content.Indicators[i];
            errors
                .Check(indicator.Name.Length > 0 && indicator.Target.Length > 0, ErrorCodes.Required, Sentence.Of("IndicatorNeedsNameAndTarget", i + 1), $"indicators[{i}]")
                .Check(indicator.Name.Length <= IndicatorTextMax && indicator.Target.Length <= IndicatorTextMax, ErrorCodes.TooLong,
                    Sentence.Of("IndicatorTooLong", i + 1, IndicatorTextMax), $"indicators[{i}]");
        }

        return errors;
    }

    /// <summary>What an open challenge needs: a name, goals, measurable indicators, an industry and a bid deadline still ahead.</summary>
    public static RuleErrors CheckOpenable(ChallengeContent content, DateTimeOffset now) => CheckDraft(content, now)
        .Check(content.Goals is not null, ErrorCodes.Required, Sentence.Of("ChallengeGoalRequired"), "goals")
        .Check(content.Indicators.Count > 0, ErrorCodes.Required, Sentence.Of("ChallengeIndicatorRequired"), "indicators")
        .Check(content.Industry is not null, ErrorCodes.Required, Sentence.Of("ChallengeIndustryRequired"), "industry")
        .Check(content.BidsDue is not null, ErrorCodes.Required, Sentence.Of("ChallengeBidsDueRequired"), "bidsDue");

    private static bool InOrder(params DateTimeOffset?[] deadlines)
    {
        var set = deadlines.OfType<DateTimeOffset>().ToArray();
        return set.Zip(set.Skip(1)).All(p => p.First <= p.Second);
    }
}
