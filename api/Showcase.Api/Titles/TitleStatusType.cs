using GraphQL.Types;
using Showcase.Titles;

namespace Showcase.Api.Titles;

public sealed class TitleStatusType : EnumerationGraphType<TitleStatus>
{
    public TitleStatusType()
    {
        Name = "TitleStatus";
        Description = "Where a demonstration title stands (see `statusLabel` for the Chinese word of a factory or a zone).";
    }
}
