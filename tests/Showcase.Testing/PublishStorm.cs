using System.Collections.Concurrent;

namespace Showcase.Testing;

/// <summary>Writers publishing cases one after another until stopped; <see cref="Published"/> holds each acknowledged id.</summary>
public sealed class PublishStorm
{
    private readonly ConcurrentBag<string> _published = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task[] _writers;

    private PublishStorm(CatalogSeed seed, int writers, string title, CancellationToken cancellationToken) =>
        _writers = [.. Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            for (var n = 0; !_stop.IsCancellationRequested; n++)
            {
                var id = $"storm-{writer}-{n}";
                await seed.CaseAsync(id, CatalogSeed.Case($"{title} {writer}-{n}"));
                _published.Add(id);
            }
        }, cancellationToken))];

    public static PublishStorm Start(CatalogSeed seed, int writers, string title, CancellationToken cancellationToken) =>
        new(seed, writers, title, cancellationToken);

    /// <summary>The ids published so far, each acknowledged.</summary>
    public string[] Published => [.. _published];

    public int Count => _published.Count;

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_writers);
        _stop.Dispose();
    }
}
