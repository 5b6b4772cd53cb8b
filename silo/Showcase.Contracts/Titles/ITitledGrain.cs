using Showcase.Audit;
using Showcase.Listings;

namespace Showcase.Titles;

/// <summary>A catalog entity that holds a demonstration title: a factory or a pilot zone.</summary>
public interface ITitledGrain : ICatalogEntityGrain
{
    /// <summary>
    /// Takes one step of the title's life. Refuses a step that does not follow from the current status
    /// (<c>INVALID_TRANSITION</c>), a date in the future or before the last step, and a step without a reason.
    /// Repeating the last step with the same date and note (a retry) changes nothing.
    /// </summary>
    [Alias("advance-title")]
    Task<DemonstrationTitle> AdvanceTitleAsync(TitleDecision decision, Actor by);

    /// <summary>
    /// The sweep's call: when the title is in force and its validity ended before <paramref name="today"/>,
    /// moves it to re-evaluation due and returns true; otherwise changes nothing and returns false.
    /// </summary>
    [Alias("mark-reevaluation-due")]
    Task<bool> MarkReevaluationDueIfExpiredAsync(DateOnly today);
}
