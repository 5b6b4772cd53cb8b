using Showcase.Audit;

namespace Showcase.Titles;

/// <summary>One dated, explained step of a title's life: what happened, on which day, why, and who recorded it.</summary>
[GenerateSerializer, Immutable, Alias("showcase.title-step")]
public sealed record TitleStep(
    [property: Id(0)] DateOnly On,
    [property: Id(1)] TitleAction Action,
    [property: Id(2)] TitleStatus Status,
    [property: Id(3)] string Note,
    [property: Id(4)] Actor By,
    [property: Id(5)] DateTimeOffset RecordedAt);
