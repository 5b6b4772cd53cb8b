using GraphQL.Types;
using Showcase.Titles;

namespace Showcase.Api.Titles;

public sealed class TitleStepType : ObjectGraphType<TrackedStep>
{
    public TitleStepType()
    {
        Name = "TitleStep";
        Description = "One dated, explained step of a title's life.";
        Field<NonNullGraphType<DateOnlyGraphType>>("on").Description("The day it took effect.").Resolve(ctx => ctx.Source.Step.On);
        Field<NonNullGraphType<TitleActionType>>("action").Resolve(ctx => ctx.Source.Step.Action);
        Field<NonNullGraphType<StringGraphType>>("actionLabel").Resolve(ctx => TitleLabels.Action(ctx.Source.Track, ctx.Source.Step.Action));
        Field<NonNullGraphType<TitleStatusType>>("status").Description("The status it led to.").Resolve(ctx => ctx.Source.Step.Status);
        Field<NonNullGraphType<StringGraphType>>("note").Description("Why: the notice, the review's conclusion.").Resolve(ctx => ctx.Source.Step.Note);
        Field<NonNullGraphType<StringGraphType>>("recordedBy").Resolve(ctx => ctx.Source.Step.By.Name);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("recordedAt").Resolve(ctx => ctx.Source.Step.RecordedAt);
    }
}
