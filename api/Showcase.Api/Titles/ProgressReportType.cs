using GraphQL.Types;
using Showcase.Titles;

namespace Showcase.Api.Titles;

public sealed class ProgressReportType : ObjectGraphType<ProgressReport>
{
    public ProgressReportType()
    {
        Name = "ProgressReport";
        Description = "实施进展情况 for one period.";
        Field(r => r.Period).Description("The period it covers, e.g. 2026年上半年.");
        Field(r => r.Text);
        Field(r => r.SubmittedAt);
        Field<NonNullGraphType<StringGraphType>>("submittedBy").Resolve(ctx => ctx.Source.By.Name);
    }
}
