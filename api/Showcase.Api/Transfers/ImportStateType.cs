using GraphQL.Types;

namespace Showcase.Api.Transfers;

public sealed class ImportStateType : EnumerationGraphType<ImportState>
{
    public ImportStateType()
    {
        Name = "ImportState";
        Description = "CHECKING every row, WRITING once all passed, then DONE; REFUSED when the file had problems (nothing written); FAILED when writing broke off (import the same file again to complete it).";
    }
}
