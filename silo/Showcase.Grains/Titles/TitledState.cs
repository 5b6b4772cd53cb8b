using Showcase.Grains.Listings;
using Showcase.Titles;

namespace Showcase.Grains.Titles;

/// <summary>
/// The stored state of an entity with a demonstration title: what was declared about it, the title, the progress
/// reports, and an undelivered notice.
/// </summary>
internal abstract record TitledState<TProfile> : CatalogEntityState
    where TProfile : class, new()
{
    public TProfile Profile { get; init; } = new();

    public DemonstrationTitle Title { get; init; } = new(TitleStatus.Declared, default, null, []);

    public IReadOnlyList<ProgressReport> Reports { get; init; } = [];

    /// <summary>
    /// Set in the same write that marks the title due for re-evaluation, cleared once the curators were told: a
    /// crash in between leaves it set, and the next sweep tells them.
    /// </summary>
    public bool ReevaluationNoticePending { get; init; }
}
