using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Pictures;

namespace Showcase.Api.Pictures;

public sealed class PictureInputType : InputObjectGraphType<Picture>
{
    public PictureInputType()
    {
        Name = "PictureInput";
        Description = "A picture uploaded for this entity (`POST /t/{tenant}/pictures?for={kind}/{id}` answers its id), or one it already has, with its caption.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<StringGraphType>("caption").Description("图片说明, at most 100 characters.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new Picture(InputDictionaryExtensions.ParseId(value.String("id") ?? "", "pictures"), 0, 0, value.String("caption"));
}
