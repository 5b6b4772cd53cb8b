using Microsoft.Extensions.Logging;

namespace Showcase.Api.Outages;

/// <summary>
/// Logs a dependency failure once when it starts, not once per request that meets it: the same reason is logged again
/// only after a minute, with how many requests met it meanwhile.
/// </summary>
public sealed partial class OutageLog(TimeProvider clock, ILogger<OutageLog> logger)
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, (DateTimeOffset LoggedAt, int Since)> _reasons = new(StringComparer.Ordinal);
    private readonly System.Threading.Lock _lock = new();

    public void Report(Exception exception)
    {
        var reason = Outage.Reason(exception);
        var now = clock.GetUtcNow();
        int suppressed;
        lock (_lock)
        {
            if (_reasons.TryGetValue(reason, out var seen) && now - seen.LoggedAt < Quiet)
            {
                _reasons[reason] = seen with { Since = seen.Since + 1 };
                return;
            }

            suppressed = seen.Since;
            // Reasons carry messages that may vary (addresses, ids): ones quiet for longer than a minute are dropped.
            foreach (var quiet in _reasons.Where(r => now - r.Value.LoggedAt >= Quiet).Select(r => r.Key).ToList())
            {
                _reasons.Remove(quiet);
            }

            _reasons[reason] = (now, 0);
        }

        LogOutage(logger, exception, reason, suppressed);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A dependency is unavailable ({Reason}); requests answer UNAVAILABLE / 503 meanwhile ({Suppressed} more since the last report)")]
    private static partial void LogOutage(ILogger logger, Exception exception, string reason, int suppressed);
}
