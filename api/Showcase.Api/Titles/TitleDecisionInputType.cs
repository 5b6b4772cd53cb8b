using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Titles;

namespace Showcase.Api.Titles;

/// <summary>A curator's step; a missing date stays <c>default</c> and the service makes it today.</summary>
public sealed class TitleDecisionInputType : InputObjectGraphType<TitleDecision>
{
    public TitleDecisionInputType()
    {
        Name = "TitleDecisionInput";
        Field<NonNullGraphType<TitleActionType>>("action");
        Field<DateOnlyGraphType>("on").Description("The day it took effect (the notice's date), not in the future and not before the last step; today when left out.");
        Field<NonNullGraphType<StringGraphType>>("note").Description("Why: the notice or the review's conclusion, at most 500 characters.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new TitleDecision(
        value.Value("action") is TitleAction action ? action : TitleAction.Select,
        value.Value("on") is DateOnly on ? on : default,
        value.String("note"));
}
