namespace Showcase.Api.Collections;

/// <summary>How the editor's changes are named in a collection's history (stored with each revision, in Chinese like the rest of the audit trail).</summary>
public static class CollectionActions
{
    public const string Reorder = "调整案例顺序";
    public const string MoveToSection = "调整案例章节";
    public const string Remove = "移出案例";
    public const string Note = "修改编者按";
    public const string ReorderSections = "调整章节顺序";
    public const string RemoveSection = "删除章节";
    public const string AddSection = "添加章节";
    public const string Details = "修改封面与前言";
}
