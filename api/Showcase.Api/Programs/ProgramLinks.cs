using Showcase.Programs;

namespace Showcase.Api.Programs;

/// <summary>Portal-relative paths: a winner in the showcase, the 汇总表, an application's Word file.</summary>
public static class ProgramLinks
{
    public static string Summary(ProgramCallSnapshot call, Common.EntityId? recommender) =>
        $"/t/{call.Key.Tenant}/programs/{call.Key.Id}/summary{(recommender is { } r ? $"?recommender={r}" : "")}";

    public static string Package(ProgramCallSnapshot call, Common.EntityId recommender) =>
        $"/t/{call.Key.Tenant}/programs/{call.Key.Id}/package?recommender={recommender}";

    public static string Document(ProgramApplicationSnapshot application) =>
        $"/t/{application.Key.Call.Tenant}/programs/{application.Key.Call.Id}/documents/{application.Key.Applicant}";

    public static string Showcase(ProgramCallSnapshot call, ProgramApplicationSummary winner) =>
        $"/t/{call.Key.Tenant}/{(ProgramShowcase.BecomesFactory(winner.Directions) ? "factories" : "cases")}/{ProgramShowcase.IdFor(call.Key.Id, winner.Applicant)}";
}
