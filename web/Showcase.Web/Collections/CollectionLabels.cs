using Showcase.Collections;

namespace Showcase.Web.Collections;

public static class CollectionLabels
{
    public static string Status(CollectionSnapshot collection) =>
        collection.Published is null ? "未发布" : collection.HasUnpublishedChanges ? "已发布（有未发布的修改）" : "已发布";
}
