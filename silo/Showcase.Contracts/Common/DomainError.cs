namespace Showcase.Common;

/// <summary>
/// One thing wrong with a request: a stable <paramref name="Code"/> for programs, a sentence for people
/// (<paramref name="Message"/>, in Chinese) and, when it concerns one input field, that field's name. Made from a
/// <paramref name="Template"/> (<see cref="DomainMessages"/>), it reads in English too.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.domain-error")]
public sealed record DomainError(
    [property: Id(0)] string Code,
    [property: Id(1)] string Message,
    [property: Id(2)] string? Field = null,
    [property: Id(3)] string? Template = null,
    [property: Id(4)] IReadOnlyList<string>? Arguments = null)
{
    /// <summary>An error whose sentence is <paramref name="sentence"/>, so it reads in the reader's language.</summary>
    public DomainError(string code, Sentence sentence, string? field = null)
        : this(DomainMessages.Error(code, field, sentence))
    {
    }
}
