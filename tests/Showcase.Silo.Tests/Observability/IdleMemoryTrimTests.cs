using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Showcase.Silo.Hosting;
using Showcase.Silo.Observability;

namespace Showcase.Silo.Tests.Observability;

public sealed class IdleMemoryTrimTests
{
    private readonly FakeTimeProvider _clock = new();

    private IdleMemoryTrim Trim() =>
        new(_clock, Options.Create(new ShowcaseOptions { IdleTrimAfter = TimeSpan.FromMinutes(1) }), NullLogger<IdleMemoryTrim>.Instance);

    [Fact]
    public void AfterAQuietMinute_ItTrimsOnce_AndAgainOnlyAfterTheNextRequestAndQuietMinute()
    {
        var trim = Trim();
        trim.Seen("/t/demo/cases");

        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.False(trim.IsDue());
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(trim.IsDue());
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.False(trim.IsDue());

        trim.Seen("/t/demo/graphql");
        Assert.False(trim.IsDue());
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(trim.IsDue());
    }

    [Fact]
    public void HealthProbesAndMetricScrapes_DoNotKeepTheHostBusy()
    {
        var trim = Trim();
        trim.Seen("/t/demo/cases");
        for (var i = 0; i < 6; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(10));
            trim.Seen("/health/ready");
            trim.Seen("/metrics");
        }

        Assert.True(trim.IsDue());
    }
}
