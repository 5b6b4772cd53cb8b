using GraphQL.Types;
using Showcase.Titles;

namespace Showcase.Api.Titles;

public sealed class TitleType : ObjectGraphType<TrackedTitle>
{
    public TitleType()
    {
        Name = "DemonstrationTitle";
        Description = "A factory's or pilot zone's title: where it stands, since when, until when, and every step.";
        Field<NonNullGraphType<TitleStatusType>>("status").Resolve(ctx => ctx.Source.Title.Status);
        Field<NonNullGraphType<StringGraphType>>("statusLabel").Resolve(ctx => TitleLabels.Status(ctx.Source.Track, ctx.Source.Title.Status));
        Field<NonNullGraphType<DateOnlyGraphType>>("since").Resolve(ctx => ctx.Source.Title.Since);
        Field<DateOnlyGraphType>("validUntil").Description("End of the building period while building; of the three-year validity once recognised.")
            .Resolve(ctx => ctx.Source.Title.ValidUntil);
        Field<DateOnlyGraphType>("revokedOn").Description("The day the title was revoked, when it was.").Resolve(ctx => ctx.Source.Title.RevokedOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TitleStepType>>>>("steps").Description("Oldest first.")
            .Resolve(ctx => ctx.Source.Title.Steps.Select(s => new TrackedStep(s, ctx.Source.Track)));
    }
}
