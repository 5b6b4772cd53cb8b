using GraphQL.Types;
using Showcase.Api.Listings;

namespace Showcase.Api.Transfers;

public sealed class ImportProgressType : ObjectGraphType<ImportProgress>
{
    public ImportProgressType()
    {
        Name = "ImportJob";
        Description = "An import running in the background: poll `importJob(id:)` until `finished`.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<CatalogKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(p => p.FileName);
        Field<NonNullGraphType<ImportStateType>>("state").Resolve(ctx => ctx.Source.State);
        Field("finished", p => p.IsFinished);
        Field(p => p.Percent).Description("0–100.");
        Field(p => p.Total).Description("Data rows in the file.");
        Field(p => p.Checked).Description("Rows checked so far.");
        Field(p => p.Written).Description("Rows created.");
        Field(p => p.Skipped).Description("Rows whose id already existed (an earlier import of the same file): left as they are.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportErrorType>>>>("errors").Description("Why the file was refused, by row and column; nothing was written.")
            .Resolve(ctx => ctx.Source.Errors);
        Field(p => p.StartedAt);
        Field(p => p.FinishedAt, nullable: true);
    }
}
