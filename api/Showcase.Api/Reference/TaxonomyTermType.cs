using GraphQL.Types;
using Showcase.Reference;

namespace Showcase.Api.Reference;

public sealed class TaxonomyTermType : ObjectGraphType<TaxonomyTerm>
{
    public TaxonomyTermType()
    {
        Name = "TaxonomyTerm";
        Description = "A term of a reference list: the stable code stored in data, and the Chinese and English names people read.";
        Field(t => t.Code).Description("Stable code, e.g. `automotive`.");
        Field(t => t.Name).Description("Chinese name, e.g. 汽车.");
        Field(t => t.English, nullable: true).Description("English name, e.g. Automotive; the list's `englishSource` says where it comes from.");
        Field(t => t.Parent, nullable: true).Description("The parent term's code in a tree (a direction's class, a city's province).");
    }
}
