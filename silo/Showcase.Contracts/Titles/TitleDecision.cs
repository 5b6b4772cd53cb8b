namespace Showcase.Titles;

/// <summary>A step as a curator records it: the day it took effect (the notice's date) and why.</summary>
[GenerateSerializer, Immutable, Alias("showcase.title-decision")]
public sealed record TitleDecision(
    [property: Id(0)] TitleAction Action,
    [property: Id(1)] DateOnly On,
    [property: Id(2)] string? Note);
