using Showcase.Audit;

namespace Showcase.Grains.Audit;

internal static class HistoryExtensions
{
    /// <summary>The history with one more entry; grain states keep immutable lists so a failed write can restore the old one.</summary>
    public static IReadOnlyList<AuditEntry> With(this IReadOnlyList<AuditEntry> history, TimeProvider clock, Actor by, string action, string detail = "") =>
        [.. history, new AuditEntry(clock.GetUtcNow(), by, action, detail)];
}
