using Showcase.Common;
using Showcase.Grains.Rules;
using Showcase.Programs;
using Showcase.Reference;

namespace Showcase.Grains.Programs;

/// <summary>The rules of a call: a shipped program, ordered deadlines, and recommenders with the quota that applies to each.</summary>
internal static class ProgramCallRules
{
    public const int MaxTitle = 100;
    public const int MaxIntroduction = 5000;

    public static ProgramCallSetup Normalize(ProgramCallSetup setup) =>
        setup with { Title = Clean.Text(setup.Title), Introduction = Clean.Text(setup.Introduction), QuotaScheme = Clean.Text(setup.QuotaScheme) };

    public static RuleErrors CheckSetup(ProgramCallSetup setup, DateTimeOffset now)
    {
        var errors = new RuleErrors()
            .Required(setup.Title, "title", "批次名称").MaxLength(setup.Title, MaxTitle, "title", "批次名称")
            .MaxLength(setup.Introduction, MaxIntroduction, "introduction", "批次说明")
            .Check(ProgramCatalog.Find(setup.Program) is not null, ErrorCodes.UnknownCode,
                $"“{setup.Program}”不是可开展的试点示范项目，请从 {string.Join("、", ProgramCatalog.Programs.Select(p => p.Code))} 中选择。", "program")
            .Check(setup.RecommendationDue > now, ErrorCodes.InvalidValue, "推荐截止时间应晚于现在。", "recommendationDue")
            .Check(setup.ReviewDue > setup.RecommendationDue, ErrorCodes.InvalidValue, "专家评审截止时间应晚于推荐截止时间。", "reviewDue")
            .Check(setup.PublicationDue > setup.ReviewDue, ErrorCodes.InvalidValue, "公示时间应晚于专家评审截止时间。", "publicationDue")
            .Check(setup.ObjectionDays is >= 1 and <= 30, ErrorCodes.InvalidValue, "公示期（异议期）应为 1 到 30 天。", "objectionDays");
        if (setup.QuotaScheme is not null && ProgramCatalog.Scheme(setup.QuotaScheme) is null)
        {
            errors.Add(ErrorCodes.UnknownCode, $"“{setup.QuotaScheme}”不是已有的名额分配方案，可选：{string.Join("、", ProgramCatalog.QuotaSchemes.Select(s => s.Code))}。", "quotaScheme");
        }

        return errors;
    }

    /// <summary>
    /// The seat as admitted: its kind must be one the program takes; its quota is the one set for it, else its city's in
    /// the call's scheme (local authorities of the scheme's province), else the notice's for its kind.
    /// </summary>
    public static RecommenderSeat? Seat(ProgramRules program, ProgramCallSetup setup, RecommenderSeat seat, RuleErrors errors)
    {
        var before = errors.Count;
        errors.KnownCode(ReferenceData.Cities, seat.City, "recommenders");
        var kind = program.QuotaOf(seat.Kind);
        if (kind is null)
        {
            errors.Add(ErrorCodes.NotEligible,
                $"{program.Name}不接受“{ReferenceData.RecommenderKinds.NameOf(seat.Kind)}”推荐（可推荐的是：{string.Join("、", program.Recommenders.Select(r => ReferenceData.RecommenderKinds.NameOf(r.Kind)))}）。", "recommenders");
        }

        if (seat.Quota is < 0)
        {
            errors.Add(ErrorCodes.InvalidValue, $"{seat.Name}的推荐名额不能是负数。", "recommenders");
        }

        if (errors.Count > before)
        {
            return null;
        }

        var scheme = ProgramCatalog.Scheme(setup.QuotaScheme);
        var byScheme = scheme is not null && seat.Kind == "local-authority" && seat.City is { } city && ReferenceData.Cities.Find(city)?.Parent == scheme.Province
            ? scheme.QuotaOf(city)
            : (int?)null;
        return seat with { Quota = seat.Quota ?? byScheme ?? kind!.Quota };
    }

    /// <summary>Applications are submitted and recommended while the call is open, until its recommendation deadline.</summary>
    public static void RequireOpen(ProgramCallSnapshot call, DateTimeOffset now, string what)
    {
        if (call.Status != ProgramCallStatus.Open)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, $"本批次已不在申报推荐阶段，不能{what}。");
        }

        if (!call.TakesApplicationsAt(now))
        {
            throw new DomainException(ErrorCodes.DeadlinePassed, $"本批次的申报推荐已于 {ChinaTime.Minutes(call.Setup.RecommendationDue)} 截止，不能再{what}。");
        }
    }
}
