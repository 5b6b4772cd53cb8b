using GraphQL.Types;
using Showcase.Tenancy;

namespace Showcase.Api.Transfers;

public sealed class ImportErrorType : ObjectGraphType<ImportError>
{
    public ImportErrorType()
    {
        Name = "ImportError";
        Field(e => e.Row).Description("The row as Excel numbers it (the header is row 1).");
        Field(e => e.Column).Description("The column's header, empty for the whole file.");
        Field<NonNullGraphType<StringGraphType>>("message").Description("What is wrong, in the request's language.")
            .Resolve(ctx => ctx.Source.In(TenantProfile.CurrentLanguage));
    }
}
