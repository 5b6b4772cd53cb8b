using GraphQL.Types;

namespace Showcase.Api.Search;

public sealed class SearchRebuildStateType : EnumerationGraphType<SearchRebuildState>
{
    public SearchRebuildStateType()
    {
        Name = "SearchRebuildState";
        Description = "RUNNING while the catalog is read into a fresh index (search answers from the old one); COMPLETED once the new index took over; FAILED when it broke off (the old index stays).";
    }
}
