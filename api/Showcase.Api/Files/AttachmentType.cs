using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Api.Tenancy;
using Showcase.Files;
using Showcase.Tenancy;

namespace Showcase.Api.Files;

public sealed class AttachmentType : ObjectGraphType<Attachment>
{
    public AttachmentType()
    {
        Name = "Attachment";
        Description = "An attached document (PDF, Word or Excel, by its bytes).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id.Value);
        Field(a => a.Name).Description("The name it was uploaded with.");
        Field(a => a.ContentType);
        Field(a => a.Size).Description("Bytes.");
        Field<NonNullGraphType<StringGraphType>>("url").Description("Where those who may read it download it.")
            .Resolve(ctx => PortalPaths.Of(ctx.Service<RequestTenant>().Id).File(ctx.Source.Id));
    }
}
