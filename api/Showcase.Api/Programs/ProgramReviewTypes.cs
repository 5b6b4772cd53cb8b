using GraphQL.Types;
using Showcase.Api.Challenges;
using Showcase.Api.GraphQL;
using Showcase.Challenges;
using Showcase.Programs;

namespace Showcase.Api.Programs;

public sealed class ProgramEvaluationType : ObjectGraphType<ProgramEvaluationView>
{
    public ProgramEvaluationType()
    {
        Name = "ProgramEvaluation";
        Description = "The expert review of a call, for curators and the call's experts.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RubricCriterionType>>>>("rubric").Resolve(ctx => ctx.Source.Rubric);
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("reviewers").Description("Curators only.").Resolve(ctx => ctx.Source.Reviewers?.Select(r => r.Value));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RankedApplicationType>>>>("ranking").Description("Reviewed applications, best weighted total first.").Resolve(ctx => ctx.Source.Ranking);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewedApplicationType>>>>("applications").Description("The recommended applications to score, with the caller's own scores.").Resolve(ctx => ctx.Source.Applications);
    }
}

public sealed class RankedApplicationType : ObjectGraphType<(ProgramApplicationSummary Application, BidRanking Ranking)>
{
    public RankedApplicationType()
    {
        Name = "RankedApplication";
        Field<NonNullGraphType<IdGraphType>>("applicant").Resolve(ctx => ctx.Source.Application.Applicant.Value);
        Field<NonNullGraphType<StringGraphType>>("projectName").Resolve(ctx => ctx.Source.Application.ProjectName);
        Field<NonNullGraphType<DecimalGraphType>>("total").Description("Weighted total, 0–100.").Resolve(ctx => ctx.Source.Ranking.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DecimalGraphType>>>>("averages").Description("Per criterion, rubric order.").Resolve(ctx => ctx.Source.Ranking.CriterionAverages);
        Field<NonNullGraphType<IntGraphType>>("reviews").Resolve(ctx => ctx.Source.Ranking.Reviews);
    }
}

public sealed class ReviewedApplicationType : ObjectGraphType<ReviewedApplication>
{
    public ReviewedApplicationType()
    {
        Name = "ReviewedApplication";
        Description = "Score it with `reviewProgramApplication(applicant:)`; read the whole application with `programApplication`.";
        this.ApplicationFields(x => x.Application);
        Field<ListGraphType<NonNullGraphType<IntGraphType>>>("myScores").Resolve(ctx => ctx.Source.MyScores);
        Field(a => a.MyComment, nullable: true);
        Field(a => a.Recused).Description("The caller declared a conflict with this applicant.");
    }
}

public sealed class ProgramPublicationType : ObjectGraphType<(ProgramCallSnapshot Call, ProgramPublication Publication)>
{
    public ProgramPublicationType()
    {
        Name = "ProgramPublication";
        Description = "The 公示 list and, once concluded, the final list with its pilot period.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgramWinnerType>>>>("winners")
            .Resolve(ctx => ctx.Source.Publication.Winners.Select(w => (ctx.Source.Call, Application: ctx.Source.Call.Application(w)!)).ToArray());
        Field<StringGraphType>("note").Resolve(ctx => ctx.Source.Publication.Note);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("publishedAt").Resolve(ctx => ctx.Source.Publication.PublishedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("objectionsDue").Description("Objections are taken until then.").Resolve(ctx => ctx.Source.Publication.ObjectionsDue);
        Field<DateTimeOffsetGraphType>("concludedAt").Resolve(ctx => ctx.Source.Publication.ConcludedAt);
        Field<DateOnlyGraphType>("pilotEnds").Description("试点示范期 ends (it starts on conclusion).").Resolve(ctx => ctx.Source.Publication.PilotEnds);
        Field<ListGraphType<NonNullGraphType<ProgramObjectionType>>>("objections").Description("Curators only.")
            .Resolve(ctx => ctx.Service<ProgramService>().Objections(ctx.Source.Call));
    }
}

public sealed class ProgramWinnerType : ObjectGraphType<(ProgramCallSnapshot Call, ProgramApplicationSummary Application)>
{
    public ProgramWinnerType()
    {
        Name = "ProgramWinner";
        this.ApplicationFields(x => x.Application);
        Field<StringGraphType>("showcaseUrl").Description("Once concluded: the winner's factory or case draft in the showcase.")
            .Resolve(ctx => ctx.Source.Call.Status == ProgramCallStatus.Concluded ? ProgramShowcase.PathFor(ctx.Source.Call.Key, ctx.Source.Application.Applicant, ctx.Source.Application.Directions) : null);
    }
}

public sealed class ProgramObjectionType : ObjectGraphType<ProgramObjection>
{
    public ProgramObjectionType()
    {
        Name = "ProgramObjection";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("applicant").Resolve(ctx => ctx.Source.Applicant.Value);
        Field(o => o.Text);
        Field<NonNullGraphType<StringGraphType>>("by").Resolve(ctx => ctx.Source.By.Name);
        Field(o => o.At);
        Field(o => o.Upheld, nullable: true).Description("null until resolved; true removes the project from the list.");
        Field(o => o.Resolution, nullable: true);
    }
}
