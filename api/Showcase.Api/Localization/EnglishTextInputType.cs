using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Common;

namespace Showcase.Api.Localization;

public sealed class EnglishTextInputType : InputObjectGraphType<EnglishText>
{
    public EnglishTextInputType()
    {
        Name = "EnglishTextInput";
        Description = "The English beside the Chinese, replacing the English saved; a part left out or blank is not written.";
        Field<StringGraphType>("title").Description("The title or name in English; a refusal (TOO_LONG on `english.title`) names the limit.");
        Field<StringGraphType>("summary").Description("The summary in English (`english.summary`).");
        Field<StringGraphType>("body").Description("The body in English, Markdown where the Chinese body is (`english.body`); refused where the kind has no body.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new EnglishText(value.String("title"), value.String("summary"), value.String("body"));
}
