using GraphQL.Types;
using Showcase.Common;

namespace Showcase.Api.Localization;

public sealed class EnglishTextType : ObjectGraphType<EnglishText>
{
    public EnglishTextType()
    {
        Name = "EnglishText";
        Description = "The English beside the Chinese; each part null where it is not written (English readers then see the Chinese original).";
        Field(t => t.Title, nullable: true).Description("The title or name in English.");
        Field(t => t.Summary, nullable: true).Description("The summary in English.");
        Field(t => t.Body, nullable: true).Description("The body in English, Markdown where the Chinese body is.");
    }
}
