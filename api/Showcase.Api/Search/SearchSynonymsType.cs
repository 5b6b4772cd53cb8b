using GraphQL.Types;
using Showcase.Search;

namespace Showcase.Api.Search;

public sealed class SearchSynonymsType : ObjectGraphType<SearchSynonyms>
{
    public SearchSynonymsType()
    {
        Name = "SearchSynonyms";
        Description = "This portal's own synonym groups, searched together with the shipped thesaurus (预测性维护 ≈ 设备健康管理 ≈ …).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>>>("groups")
            .Description("Each group: words that mean the same to this portal's people.")
            .Resolve(ctx => ctx.Source.Groups);
        Field(s => s.Version).Description("Pass it as `expectedVersion` when saving; 0 before the first save.");
        Field(s => s.UpdatedAt, nullable: true);
    }
}
