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
                Sentence.Of("UnknownProgram", setup.Program, string.Join("、", ProgramCatalog.Programs.Select(p => p.Code))), "program")
            .Check(setup.RecommendationDue > now, ErrorCodes.InvalidValue, Sentence.Of("RecommendationDueInPast"), "recommendationDue")
            .Check(setup.ReviewDue > setup.RecommendationDue, ErrorCodes.InvalidValue, Sentence.Of("ReviewDueBeforeRecommendation"), "reviewDue")
            .Check(setup.PublicationDue > setup.ReviewDue, ErrorCodes.InvalidValue, Sentence.Of("PublicationBeforeReview"), "publicationDue")
            .Check(setup.ObjectionDays is >= 1 and <= 30, ErrorCodes.InvalidValue, Sentence.Of("ObjectionDaysRange"), "objectionDays");
        if (setup.QuotaScheme is not null && ProgramCatalog.Scheme(setup.QuotaScheme) is null)
        {
            errors.Add(ErrorCodes.UnknownCode, Sentence.Of("UnknownQuotaScheme", setup.QuotaScheme, string.Join("、", ProgramCatalog.QuotaSchemes.Select(s => s.Code))), "quotaScheme");
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
                Sentence.Of("RecommenderKindNotTaken", program.Name, ReferenceData.RecommenderKinds.NameOf(seat.Kind),
                    string.Join("、", program.Recommenders.Select(r => ReferenceData.RecommenderKinds.NameOf(r.Kind)))), "recommenders");
        }

        if (seat.Quota is < 0)
        {
            errors.Add(ErrorCodes.InvalidValue, Sentence.Of("NegativeQuota", seat.Name), "recommenders");
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
            throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("CallNotTakingApplications", what));
        }

        if (!call.TakesApplicationsAt(now))
        {
            throw new DomainException(ErrorCodes.DeadlinePassed, Sentence.Of("CallRecommendationsClosed", ChinaTime.Minutes(call.Setup.RecommendationDue), what));
        }
    }
}
