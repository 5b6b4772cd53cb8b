using GraphQL.Types;
using Showcase.Catalog.Search;

namespace Showcase.Api.Search;

public sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Field(h => h.Kind).Description("`case`, `factory`, `pilot-zone` or `provider`.");
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(h => h.Title);
        Field(h => h.Subtitle, nullable: true);
        Field(h => h.TitleHtml).Description("The title, HTML-encoded, matched words in <mark>.");
        Field(h => h.SnippetHtml).Description("A passage around the first match, HTML-encoded, matched words in <mark>.");
        Field(h => h.Score, nullable: true).Description("Relevance to the words searched; null when the results are not ranked by relevance (no words, or sorted by date).");
        Field(h => h.Date);
        Field(h => h.InEnglish).Description("Title and snippet are the item's English: asked for with `Accept-Language: en`, and written. Otherwise they are its Chinese.");
    }
}
