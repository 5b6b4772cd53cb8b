namespace Showcase.Titles;

/// <summary>
/// Where a demonstration title (示范工厂, 先行区) stands. Titles run for three years and are re-evaluated (复评);
/// see <see cref="TitleAction"/> for the steps between them.
/// </summary>
public enum TitleStatus
{
    /// <summary>申报: declared, not yet public.</summary>
    Declared,

    /// <summary>论证中: a pilot zone's plan under case-by-case review (一事一议).</summary>
    UnderReview,

    /// <summary>建设中: a factory selected to build, for two years.</summary>
    Building,

    /// <summary>In force: an accepted demonstration factory or an approved pilot zone, valid three years.</summary>
    Recognised,

    /// <summary>待复评: the three years ran out; the title stands until the re-evaluation decides.</summary>
    ReevaluationDue,

    /// <summary>已取消称号: revoked, shown publicly as revoked with the date.</summary>
    Revoked,

    /// <summary>未通过: not selected or not approved.</summary>
    Rejected,
}
