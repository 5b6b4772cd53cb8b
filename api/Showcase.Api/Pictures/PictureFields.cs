using GraphQL;
using GraphQL.Types;
using Showcase.Pictures;

namespace Showcase.Api.Pictures;

public static class PictureFields
{
    /// <summary>Adds <c>cover</c> and <c>gallery</c> to an entity's type.</summary>
    public static void Pictures<T>(this ObjectGraphType<T> type, Func<T, PictureSet> pictures)
    {
        type.Field<PictureType>("cover").Description("The cover picture, or null.").Resolve(ctx => pictures(ctx.Source).Cover);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PictureType>>>>("gallery").Description("The gallery, in order, with captions.")
            .Resolve(ctx => pictures(ctx.Source).Gallery);
    }

    /// <summary>Adds <c>{name}(id, expectedVersion, pictures)</c>, which saves an entity of kind <paramref name="segment"/> with a new cover and gallery.</summary>
    public static void SetPicturesField<TGraphType>(this ObjectGraphType mutation, string name, string segment, Func<IResolveFieldContext, string, PictureSet, int, Task<object?>> set)
        where TGraphType : IGraphType =>
        mutation.Field<TGraphType>(name)
            .Description($"Saves it with this cover and gallery, the rest as it is. Upload each picture first: `POST /t/{{tenant}}/pictures?for={segment}/{{id}}` (multipart, field `file`) answers its id. VERSION_CONFLICT when someone changed it since `expectedVersion`.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The `version` you edited.")
            .Argument<NonNullGraphType<PictureSetInputType>>("pictures")
            .ResolveAsync(ctx => set(ctx, ctx.GetArgument<string>("id"), ctx.GetArgument<PictureSet>("pictures"), ctx.GetArgument<int>("expectedVersion")));
}
