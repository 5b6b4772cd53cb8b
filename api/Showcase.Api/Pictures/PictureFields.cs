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
}
