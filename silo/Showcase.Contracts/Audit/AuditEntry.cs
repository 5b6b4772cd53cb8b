namespace Showcase.Audit;

/// <summary>One line of an entity's history: who did what, when, and what changed (in words).</summary>
[GenerateSerializer, Immutable, Alias("showcase.audit-entry")]
public sealed record AuditEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] Actor Actor,
    [property: Id(2)] string Action,
    [property: Id(3)] string Detail);
