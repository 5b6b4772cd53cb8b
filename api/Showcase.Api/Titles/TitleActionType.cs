using GraphQL.Types;
using Showcase.Titles;

namespace Showcase.Api.Titles;

public sealed class TitleActionType : EnumerationGraphType<TitleAction>
{
    public TitleActionType()
    {
        Name = "TitleAction";
        Description = "A step of a title's life. MARK_REEVALUATION_DUE is taken by the platform when a title expires, never by hand.";
    }
}
