namespace Showcase.Common;

/// <summary>
/// A request was refused by a rule. Nothing was changed. Carries every error found, so a form can show them all at once.
/// </summary>
[GenerateSerializer, Alias("showcase.domain-exception")]
public sealed class DomainException : Exception
{
    public DomainException(IReadOnlyList<DomainError> errors)
        : base(string.Join(" ", errors.Select(e => e.Message)))
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("A domain exception needs at least one error.", nameof(errors));
        }

        Errors = errors;
    }

    public DomainException(string code, string message, string? field = null)
        : this([new DomainError(code, message, field)])
    {
    }

    /// <summary>Refused with <paramref name="sentence"/>, which reads in the reader's language.</summary>
    public DomainException(string code, Sentence sentence, string? field = null)
        : this([DomainMessages.Error(code, field, sentence)])
    {
    }

    [Id(0)]
    public IReadOnlyList<DomainError> Errors { get; }

    /// <summary>Throws when a rule check found anything; does nothing for an empty list.</summary>
    public static void ThrowIfAny(IReadOnlyList<DomainError> errors)
    {
        if (errors.Count > 0)
        {
            throw new DomainException(errors);
        }
    }

    /// <summary>The code of the first error: the one a program branches on.</summary>
    public string Code => Errors[0].Code;
}
