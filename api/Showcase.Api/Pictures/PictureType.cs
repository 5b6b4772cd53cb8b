using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Api.Tenancy;
using Showcase.Pictures;
using Showcase.Tenancy;

namespace Showcase.Api.Pictures;

public sealed class PictureType : ObjectGraphType<Picture>
{
    public PictureType()
    {
        Name = "Picture";
        Description = "A picture of a catalog entity: upright, without metadata, kept at display size and as a thumbnail.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id.Value);
        Field<StringGraphType>("caption").Description("图片说明, at most 100 characters.").Resolve(ctx => ctx.Source.Caption);
        Field<NonNullGraphType<IntGraphType>>("width").Description("Pixels, at display size.").Resolve(ctx => ctx.Source.Width);
        Field<NonNullGraphType<IntGraphType>>("height").Description("Pixels, at display size.").Resolve(ctx => ctx.Source.Height);
        Field<NonNullGraphType<StringGraphType>>("url").Description("Display size, 1600 px on the long edge at most.")
            .Resolve(ctx => PortalPaths.Of(ctx.Service<RequestTenant>().Id).Picture(ctx.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("thumbnailUrl").Description("480 px on the long edge at most.")
            .Resolve(ctx => PortalPaths.Of(ctx.Service<RequestTenant>().Id).Thumbnail(ctx.Source.Id));
    }
}
