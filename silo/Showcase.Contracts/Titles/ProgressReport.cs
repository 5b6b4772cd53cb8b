using Showcase.Audit;

namespace Showcase.Titles;

/// <summary>A periodic progress report (实施进展情况) of a factory or pilot zone: the period it covers and what was done.</summary>
[GenerateSerializer, Immutable, Alias("showcase.progress-report")]
public sealed record ProgressReport(
    [property: Id(0)] string Period,
    [property: Id(1)] string Text,
    [property: Id(2)] DateTimeOffset SubmittedAt,
    [property: Id(3)] Actor By);
