namespace Showcase.Common;

/// <summary>
/// A refusal's sentence named by its template in <see cref="DomainMessages"/> (DomainMessages.resx in Chinese,
/// .en.resx in English) with the values it names, so the refusal reads in the reader's language.
/// </summary>
public sealed record Sentence(string Template, IReadOnlyList<object> Arguments)
{
    /// <summary>The sentence <paramref name="template"/> naming <paramref name="arguments"/> (a missing value reads as nothing).</summary>
    public static Sentence Of(string template, params object?[] arguments) => new(template, [.. arguments.Select(a => a ?? "")]);
}
