using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Showcase.Diagnostics;

namespace Showcase.Silo.Observability;

public static class TelemetryExtensions
{
    // Orleans' own meter and activity sources (grain calls, messaging, storage, membership).
    private const string OrleansMeter = "Microsoft.Orleans";
    private static readonly string[] OrleansSources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    // Label sets kept per metric: each metric reserves room for this many up front (the default, 2,000, reserved
    // about 20 MB over the ~150 metrics here); routes × methods × status codes stay well below it.
    private const int CardinalityLimit = 500;

    // Seconds, from a millisecond to ten seconds: the default buckets are for milliseconds.
    private static readonly double[] SecondsBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    /// <summary>
    /// OpenTelemetry metrics (Showcase, Orleans, ASP.NET Core, .NET runtime) on <c>/metrics</c> for Prometheus, always;
    /// traces (Showcase, Orleans grain calls, ASP.NET Core) and logs sent over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
    /// </summary>
    public static WebApplicationBuilder AddShowcaseTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("showcase", serviceInstanceId: Environment.MachineName))
            .WithMetrics(metrics => metrics
                .AddMeter(ShowcaseTelemetry.Name, OrleansMeter)
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddView(instrument => instrument.Meter.Name == ShowcaseTelemetry.Name && instrument.Unit == "s"
                    ? new ExplicitBucketHistogramConfiguration { Boundaries = SecondsBuckets, CardinalityLimit = CardinalityLimit }
                    : new MetricStreamConfiguration { CardinalityLimit = CardinalityLimit })
                .AddPrometheusExporter());
        if (otlp)
        {
            telemetry
                .WithTracing(tracing => tracing
                    .AddSource(ShowcaseTelemetry.Name)
                    .AddSource(OrleansSources)
                    .AddAspNetCoreInstrumentation()
                    .AddOtlpExporter())
                .WithMetrics(metrics => metrics.AddOtlpExporter())
                .WithLogging(logging => logging.AddOtlpExporter());
        }

        return builder;
    }

    /// <summary>The Prometheus scrape endpoint.</summary>
    public static IEndpointRouteBuilder MapShowcaseMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrometheusScrapingEndpoint("/metrics");
        return endpoints;
    }
}
