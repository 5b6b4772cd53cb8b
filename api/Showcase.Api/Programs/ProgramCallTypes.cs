using GraphQL.Types;
using Showcase.Api.Audit;
using Showcase.Api.Challenges;
using Showcase.Api.Files;
using Showcase.Api.GraphQL;
using Showcase.Api.Reference;
using Showcase.Files;
using Showcase.Programs;
using Showcase.Reference;
using Showcase.Tenancy;

namespace Showcase.Api.Programs;

public sealed class ProgramCallType : ObjectGraphType<ProgramCallSnapshot>
{
    public ProgramCallType()
    {
        Name = "ProgramCall";
        Description = "A call for applications (批次) of a program.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Key.Id.Value);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(ctx => ctx.Source.Setup.Title ?? "");
        Field<StringGraphType>("introduction").Resolve(ctx => ctx.Source.Setup.Introduction);
        Field<NonNullGraphType<ProgramType>>("program").Resolve(ctx => ctx.Source.Program);
        Field<NonNullGraphType<ProgramCallStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("recommendationDue").Description("推荐截止: applications are submitted and recommended until then.").Resolve(ctx => ctx.Source.Setup.RecommendationDue);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("reviewDue").Description("专家评审截止.").Resolve(ctx => ctx.Source.Setup.ReviewDue);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("publicationDue").Description("公示.").Resolve(ctx => ctx.Source.Setup.PublicationDue);
        Field<NonNullGraphType<IntGraphType>>("objectionDays").Description("公示期 (days objections are taken).").Resolve(ctx => ctx.Source.Setup.ObjectionDays);
        Field<StringGraphType>("quotaScheme").Resolve(ctx => ctx.Source.Setup.QuotaScheme);
        Field(c => c.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecommenderSeatType>>>>("recommenders")
            .Description("Recommenders and their quotas; `recommended` (their ranked list) only for curators and the recommender's members.")
            .Resolve(ctx => ctx.Source.Recommenders.Select(seat => (Call: ctx.Source, Seat: seat)).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgramApplicationSummaryType>>>>("applications")
            .Description("All applications for curators; for a recommender's members those submitted to it; for an applicant its own.")
            .Resolve(ctx => ctx.Service<ProgramService>().VisibleApplications(ctx.Source).Select(a => (Call: ctx.Source, Application: a)).ToArray());
        Field<ProgramApplicationType>("myApplication").Description("The signed-in person's organisation's application, if any.")
            .ResolveAsync(async ctx => await ctx.Service<ProgramService>().MyApplicationAsync(ctx.Source));
        Field<StringGraphType>("summaryUrl").Description("Curators: the 汇总表 of every recommender, a sheet each.")
            .Resolve(ctx => ctx.Service<ProgramService>().CanSeeAllRecommendations ? PortalPaths.Of(ctx.Source.Key.Tenant).ProgramSummary(ctx.Source.Key.Id) : null);
        Field<ProgramEvaluationType>("evaluation").Description("For curators and the call's experts.").Resolve(ctx => ctx.Service<ProgramService>().Evaluation(ctx.Source));
        Field<ProgramPublicationType>("publication").Description("The 公示 list, for everyone, once published.")
            .Resolve(ctx => ctx.Source.Publication is { } publication ? (ctx.Source, publication) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryType>>>>("history").Description("Curators: every change, oldest first; empty for everyone else.")
            .ResolveAsync(async ctx => await ctx.Service<ProgramService>().HistoryAsync(ctx.Source));
    }
}

public sealed class ProgramCallStatusType : EnumerationGraphType<ProgramCallStatus>
{
    public ProgramCallStatusType()
    {
        Name = "ProgramCallStatus";
        Description = "OPEN (applicants submit, recommenders recommend until the deadline) → REVIEWING (experts score) → PUBLICISING (公示, objections) → CONCLUDED (final list).";
    }
}

public sealed class ProgramCallSummaryType : ObjectGraphType<ProgramCallSummary>
{
    public ProgramCallSummaryType()
    {
        Name = "ProgramCallSummary";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id.Value);
        Field(c => c.Title);
        this.Term("program", ReferenceData.Programs, c => c.Program);
        Field<NonNullGraphType<ProgramCallStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field(c => c.RecommendationDue);
        Field(c => c.SubmittedCount).Description("Applications submitted so far.");
    }
}

public sealed class RecommenderSeatType : ObjectGraphType<(ProgramCallSnapshot Call, RecommenderSeat Seat)>
{
    public RecommenderSeatType()
    {
        Name = "RecommenderSeat";
        Field<NonNullGraphType<IdGraphType>>("organisation").Resolve(ctx => ctx.Source.Seat.Organisation.Value);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Seat.Name ?? ctx.Source.Seat.Organisation.Value);
        Field<NonNullGraphType<TaxonomyTermType>>("kind").Resolve(ctx => ReferenceData.RecommenderKinds.Term(ctx.Source.Seat.Kind));
        Field<TaxonomyTermType>("city").Resolve(ctx => ReferenceData.Cities.Term(ctx.Source.Seat.City));
        Field<IntGraphType>("quota").Description("null: no quota applies.").Resolve(ctx => ctx.Source.Seat.Quota);
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("recommended").Description("Applicants in rank order (1 first).")
            .Resolve(ctx => ctx.Service<ProgramService>().CanSeeRecommendations(ctx.Source.Call, ctx.Source.Seat.Organisation)
                ? ctx.Source.Call.RecommendedBy(ctx.Source.Seat.Organisation).Select(a => a.Value).ToArray()
                : null);
        Field<StringGraphType>("summaryUrl").Description("The 汇总表 (xlsx) of its ranked projects, for curators and the recommender's members.")
            .Resolve(ctx => ctx.Service<ProgramService>().CanSeeRecommendations(ctx.Source.Call, ctx.Source.Seat.Organisation)
                ? PortalPaths.Of(ctx.Source.Call.Key.Tenant).ProgramSummary(ctx.Source.Call.Key.Id, ctx.Source.Seat.Organisation)
                : null);
        Field<StringGraphType>("packageUrl").Description("Its 汇总表 and each ranked application's Word file (推荐单位—排序—项目名—申报主体名称.docx) in one zip; same readers.")
            .Resolve(ctx => ctx.Service<ProgramService>().CanSeeRecommendations(ctx.Source.Call, ctx.Source.Seat.Organisation)
                ? PortalPaths.Of(ctx.Source.Call.Key.Tenant).ProgramPackage(ctx.Source.Call.Key.Id, ctx.Source.Seat.Organisation)
                : null);
    }
}

public sealed class ProgramApplicationSummaryType : ObjectGraphType<(ProgramCallSnapshot Call, ProgramApplicationSummary Application)>
{
    public ProgramApplicationSummaryType()
    {
        Name = "ProgramApplicationSummary";
        this.ApplicationFields(x => x.Application);
        Field<IdGraphType>("recommender").Resolve(ctx => ctx.Source.Application.Recommender?.Value);
        Field<NonNullGraphType<ProgramApplicationStatusType>>("status").Resolve(ctx => ctx.Source.Application.Status);
        Field<IntGraphType>("rank").Description("Its place in its recommender's list, once recommended.")
            .Resolve(ctx => ctx.Source.Call.RecommendationOf(ctx.Source.Application.Applicant)?.Rank);
    }
}

public sealed class ProgramApplicationStatusType : EnumerationGraphType<ProgramApplicationStatus>
{
    public ProgramApplicationStatusType()
    {
        Name = "ProgramApplicationStatus";
        Description = "DRAFT (seen by the applicant only), SUBMITTED (pledged, with the recommender), WITHDRAWN.";
    }
}

public sealed class ProgramApplicationType : ObjectGraphType<ProgramApplicationSnapshot>
{
    public ProgramApplicationType()
    {
        Name = "ProgramApplication";
        Description = "An application (申报书).";
        Field<NonNullGraphType<IdGraphType>>("call").Resolve(ctx => ctx.Source.Key.Call.Id.Value);
        Field<NonNullGraphType<IdGraphType>>("applicant").Resolve(ctx => ctx.Source.Key.Applicant.Value);
        Field(a => a.ApplicantName);
        Field<StringGraphType>("projectName").Resolve(ctx => ctx.Source.Content.ProjectName);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaxonomyTermType>>>>("directions").Resolve(ctx => ReferenceData.Programs.Terms(ctx.Source.Content.Directions));
        Field<IdGraphType>("recommender").Resolve(ctx => ctx.Source.Content.Recommender?.Value);
        Field<NonNullGraphType<ProgramApplicationStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field(a => a.Version);
        Field(a => a.SubmittedAt, nullable: true);
        Field<StringGraphType>("pledgedBy").Description("Who made the truthfulness pledge on submitting.").Resolve(ctx => ctx.Source.PledgedBy?.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApplicationFormType>>>>("forms").Description("The forms its directions call for.")
            .ResolveAsync(async ctx => (await ctx.Service<ProgramService>().FindCallAsync(ctx.Source.Key.Call.Id.Value))?.Program
                .FormsFor(ctx.Source.Content.Directions).Select(ProgramCatalog.Form).ToArray() ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnswerType>>>>("answers").Resolve(ctx => ctx.Source.Content.Answers.OrderBy(a => a.Key, StringComparer.Ordinal).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttachedFilesType>>>>("files").Description("证明材料 by slot; each file downloads at its `url` for whoever may read the application.")
            .Resolve(ctx => ctx.Source.Content.Files.OrderBy(f => f.Key, StringComparer.Ordinal).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryType>>>>("history").Description("Curators: every change, oldest first; empty for everyone else.")
            .ResolveAsync(async ctx => await ctx.Service<ProgramService>().HistoryAsync(ctx.Source));
        Field<NonNullGraphType<StringGraphType>>("documentUrl").Description("The application as a Word file, named 推荐单位—排序—项目名—申报主体名称.docx.")
            .Resolve(ctx => PortalPaths.Of(ctx.Source.Key.Call.Tenant).ApplicationDocument(ctx.Source.Key.Call.Id, ctx.Source.Key.Applicant));
        Field<BidFeedbackType>("feedback").Description("After publication, for the applicant: per-criterion averages, total, rank, comments.")
            .ResolveAsync(async ctx => await ctx.Service<ProgramService>().FindCallAsync(ctx.Source.Key.Call.Id.Value) is { } call
                ? ctx.Service<ProgramService>().Feedback(call, ctx.Source.Key.Applicant)
                : null);
    }
}

public sealed class AnswerType : ObjectGraphType<KeyValuePair<string, string>>
{
    public AnswerType()
    {
        Name = "Answer";
        Description = "An answer to a form field: key `{form}/{field}`, value as text (是/否 for yes/no).";
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Resolve(ctx => ctx.Source.Value);
    }
}

public sealed class AttachedFilesType : ObjectGraphType<KeyValuePair<string, IReadOnlyList<Attachment>>>
{
    public AttachedFilesType()
    {
        Name = "AttachedFiles";
        Description = "The files attached to one 证明材料 slot: key `{form}/{slot}`, as in `FileSlot.key`.";
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttachmentType>>>>("files").Resolve(ctx => ctx.Source.Value);
    }
}

public sealed class ProgramHonourType : ObjectGraphType<ProgramHonour>
{
    public ProgramHonourType()
    {
        Name = "ProgramHonour";
        Description = "A direction an organisation has already won; it may not apply for it again.";
        Field<NonNullGraphType<IdGraphType>>("organisation").Resolve(ctx => ctx.Source.Organisation.Value);
        this.Term("direction", ReferenceData.Programs, h => h.Direction);
        Field(h => h.ProjectName);
        Field(h => h.Source);
    }
}

internal static class ProgramApplicationFields
{
    /// <summary>What every line about an application shows: applicant, its name, the project and its directions.</summary>
    public static void ApplicationFields<T>(this ObjectGraphType<T> type, Func<T, ProgramApplicationSummary> application)
    {
        type.Field<NonNullGraphType<IdGraphType>>("applicant").Resolve(ctx => application(ctx.Source).Applicant.Value);
        type.Field<NonNullGraphType<StringGraphType>>("applicantName").Resolve(ctx => application(ctx.Source).ApplicantName);
        type.Field<NonNullGraphType<StringGraphType>>("projectName").Resolve(ctx => application(ctx.Source).ProjectName);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaxonomyTermType>>>>("directions").Resolve(ctx => ReferenceData.Programs.Terms(application(ctx.Source).Directions));
    }
}
