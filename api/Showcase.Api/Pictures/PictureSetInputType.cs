using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Pictures;

namespace Showcase.Api.Pictures;

public sealed class PictureSetInputType : InputObjectGraphType<PictureSet>
{
    public PictureSetInputType()
    {
        Name = "PictureSetInput";
        Description = "The cover and the gallery, replacing the ones saved.";
        Field<PictureInputType>("cover").Description("Shown on cards and at the head of the page.");
        Field<ListGraphType<NonNullGraphType<PictureInputType>>>("gallery").Description("At most 12, in the order shown.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new PictureSet(value.Value("cover") as Picture, value.List<Picture>("gallery"));
}
