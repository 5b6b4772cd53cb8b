namespace Showcase.Common;

/// <summary>
/// The English beside an entity's Chinese: its title (or name), summary and body, each optional. English readers see
/// a part where it is written, and the Chinese, marked as the original, where it is not.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.english-text")]
public sealed record EnglishText(
    [property: Id(0)] string? Title = null,
    [property: Id(1)] string? Summary = null,
    [property: Id(2)] string? Body = null)
{
    public static EnglishText None { get; } = new();
}
