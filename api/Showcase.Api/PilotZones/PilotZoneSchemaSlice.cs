using GraphQL;
using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Api.Pictures;
using Showcase.Api.Titles;
using Showcase.PilotZones;

namespace Showcase.Api.PilotZones;

public sealed class PilotZoneSchemaSlice : ISchemaSlice
{
    public void AddQueries(ObjectGraphType query) =>
        query.Field<PilotZoneType>("pilotZone")
            .Description("One pilot zone, or null when there is none with this id that the caller may see. List them with `pilotZones`.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<PilotZoneService>().FindAsync(ctx.GetArgument<string>("id")));

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<PilotZoneType>("proposePilotZone")
            .Description("An organiser records a pilot zone's creation plan. Pass `id` to make a retried request record it only once.")
            .Argument<NonNullGraphType<PilotZoneProfileInputType>>("input")
            .Argument<DateOnlyGraphType>("on", "The date the plan was submitted; today when left out.")
            .Argument<IdGraphType>("id", "Optional id chosen by the client.")
            .ResolveAsync(async ctx => await ctx.Service<PilotZoneService>().ProposeAsync(
                ctx.GetArgument<PilotZoneProfile>("input"), ctx.GetArgument<DateOnly?>("on"), ctx.GetArgument<string?>("id")));

        mutation.Field<PilotZoneType>("editPilotZone")
            .Description("Replaces a pilot zone's profile. VERSION_CONFLICT when someone changed it since `expectedVersion`.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion")
            .Argument<NonNullGraphType<PilotZoneProfileInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<PilotZoneService>().EditAsync(
                ctx.GetArgument<string>("id"), ctx.GetArgument<PilotZoneProfile>("input"), ctx.GetArgument<int>("expectedVersion"), keepPictures: true));

        mutation.TitleStepFields<PilotZoneType, PilotZoneService, PilotZoneSnapshot>("PilotZone", "pilot zone");

        mutation.SetPicturesField<PilotZoneType>("setPilotZonePictures", "pilot-zone", async (ctx, id, pictures, version) => await ctx.Service<PilotZoneService>().SetPicturesAsync(id, pictures, version));
    }
}
