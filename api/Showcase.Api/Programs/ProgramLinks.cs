using Showcase.Programs;

namespace Showcase.Api.Programs;

/// <summary>Where a concluded call's winner is in the showcase, as a portal-relative path.</summary>
public static class ProgramLinks
{
    public static string Showcase(ProgramCallSnapshot call, ProgramApplicationSummary winner) =>
        $"/t/{call.Key.Tenant}/{(ProgramShowcase.BecomesFactory(winner.Directions) ? "factories" : "cases")}/{ProgramShowcase.IdFor(call.Key.Id, winner.Applicant)}";
}
