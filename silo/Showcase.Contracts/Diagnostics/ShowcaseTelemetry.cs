using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Showcase.Diagnostics;

/// <summary>
/// Showcase's own traces and metrics (exported by the host through OpenTelemetry: <c>/metrics</c> for Prometheus,
/// OTLP when configured). Tags stay low in cardinality: kinds and outcomes, never ids or client-chosen names.
/// </summary>
public static class ShowcaseTelemetry
{
    public const string Name = "Showcase";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Histogram<double> GraphQLDuration = Meter.CreateHistogram<double>(
        "showcase.graphql.duration", "s", "GraphQL operations, by operation type (query, mutation) and outcome (ok, errors, invalid).");

    private static readonly Histogram<double> SearchDuration = Meter.CreateHistogram<double>(
        "showcase.search.duration", "s", "Catalog searches, by shape (search: words, filters and facets; suggest: while typing).");

    private static readonly Histogram<double> BidDuration = Meter.CreateHistogram<double>(
        "showcase.bid.duration", "s", "Bid submissions inside the challenge grain until durably stored, by outcome.");

    private static readonly Counter<long> Bids = Meter.CreateCounter<long>(
        "showcase.bids", "{bid}", "Bid submissions by outcome: stored, repeated (a retry of a stored one), refused (with its error code).");

    public static void RecordGraphQL(string operationType, string outcome, long startedAt) =>
        GraphQLDuration.Record(Stopwatch.GetElapsedTime(startedAt).TotalSeconds,
            new KeyValuePair<string, object?>("graphql.operation.type", operationType), new KeyValuePair<string, object?>("outcome", outcome));

    public static void RecordSearch(string shape, long startedAt) =>
        SearchDuration.Record(Stopwatch.GetElapsedTime(startedAt).TotalSeconds, new KeyValuePair<string, object?>("shape", shape));

    public static void RecordBid(string outcome, long startedAt)
    {
        var tag = new KeyValuePair<string, object?>("outcome", outcome);
        Bids.Add(1, tag);
        BidDuration.Record(Stopwatch.GetElapsedTime(startedAt).TotalSeconds, tag);
    }
}
