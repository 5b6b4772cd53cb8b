using GraphQL.Types;
using Showcase.Catalog.Search;

namespace Showcase.Api.Search;

public sealed class SearchSortType : EnumerationGraphType<SearchSort>
{
    public SearchSortType()
    {
        Name = "SearchSort";
        Description = "RELEVANCE (best match first) or NEWEST.";
    }
}
