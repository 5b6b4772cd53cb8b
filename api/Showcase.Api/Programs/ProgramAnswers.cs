using Showcase.Programs;
using Showcase.Reference;

namespace Showcase.Api.Programs;

/// <summary>An answer as people read it: a code shown by its name, a blank as 无 (the forms ask for 无 where there is nothing).</summary>
public static class ProgramAnswers
{
    public static string Display(FormField field, string? value) =>
        value is null ? "无"
        : field.Kind == FieldKind.Term && ReferenceData.Find(field.Taxonomy!) is { } list ? list.NameOf(value)
        : value;

    /// <summary>What a term field offers: the leaves of its list (sub-industries under their sector's name).</summary>
    public static IEnumerable<TaxonomyTerm> Choices(FormField field)
    {
        var list = ReferenceData.Find(field.Taxonomy!)!;
        return list.Terms.Where(t => list.ChildrenOf(t.Code).Count == 0)
            .Select(t => list.ParentKey is null && t.Parent is { } parent ? t with { Name = $"{list.NameOf(parent)} · {t.Name}" } : t);
    }
}
