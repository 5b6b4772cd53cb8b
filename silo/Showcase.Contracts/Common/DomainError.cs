namespace Showcase.Common;

/// <summary>
/// One thing wrong with a request: a stable <paramref name="Code"/> for programs, a sentence for people
/// (<paramref name="Message"/>, in Chinese) and, when it concerns one input field, that field's name.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.domain-error")]
public sealed record DomainError(
    [property: Id(0)] string Code,
    [property: Id(1)] string Message,
    [property: Id(2)] string? Field = null);
