using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Showcase.Api.Outages;
using Showcase.Catalog.Search;
using Showcase.Tenancy;

namespace Showcase.Silo.Search.Replicas;

/// <summary>
/// This host's replica of the catalog's search index in a cluster: it applies every portal's change log in order
/// (see <see cref="SearchChangeLog"/>), recording in the index's own commits how far it got (see
/// <see cref="ISearchPositions"/>), so a restart resumes where the last commit left off and replays the rest harmlessly.
/// </summary>
/// <remarks>
/// <para>It reads the heads when a notification wakes it, when this host appended, and every
/// <see cref="SearchOptions.ReplicaPollSeconds"/> whatever happens — a lost notification only delays a change.</para>
/// <para>At start it catches up, then converges: items whose directory version is newer than the replica's (a host
/// died between recording a change and logging it) are appended to the log, so every replica receives them. Only then
/// is it <see cref="IsCurrent"/>, and the host ready.</para>
/// <para>It rebuilds itself from the grains when the log's next entries are gone (it was away longer than
/// <see cref="Retention"/> and the log was compacted past it) and when the rebuild generation rises (the platform
/// admin's rebuild): the heads are noted first, the catalog read into a fresh index, and the replica resumes at the
/// noted heads — every change logged up to them is in what the directories answered after.</para>
/// <para>It reports its committed positions every <see cref="ReportInterval"/>; compaction deletes only what every
/// replica reporting within <see cref="Retention"/> has passed.</para>
/// </remarks>
public sealed partial class SearchReplica(
    SearchChangeLog log, ISearchIndex index, SearchCatalog catalog, SearchRebuilder rebuilder, string name, IOptions<SearchOptions> options, TimeProvider clock,
    ILogger<SearchReplica> logger)
    : BackgroundService
{
    public static readonly TimeSpan ReportInterval = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan CompactInterval = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan Retention = TimeSpan.FromDays(7);

    private const string RebuildStream = "rebuild";
    private const int Page = 500;
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(30);

    private readonly ISearchPositions _positions = index as ISearchPositions
        ?? throw new InvalidOperationException("A search replica needs an index that records its positions (the embedded Lucene index).");

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private LogHeads _heads = new(new Dictionary<string, long>(), 0);
    private IReadOnlyDictionary<string, long> _committed = new Dictionary<string, long>();
    private bool _advanced;
    private DateTimeOffset _reported = DateTimeOffset.MinValue;
    private DateTimeOffset _compacted = DateTimeOffset.MinValue;

    /// <summary>Whether the replica has caught up with the log and converged with the catalog since this host started.</summary>
    public bool IsCurrent { get; private set; }

    /// <summary>Why the last round failed (it is retried with a growing pause); null when it succeeded.</summary>
    public string? Failure { get; private set; }

    /// <summary>How far behind the heads it last read the replica is, in entries, over all portals.</summary>
    public long Behind => _heads.Heads.Sum(h => Math.Max(0, h.Value - _positions.PositionOf(StreamOf(h.Key))));

    /// <summary>Asks for a round now (a change was logged).</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var listening = log.ListenAsync(Wake, stoppingToken);
        var pause = FirstRetry;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CatchUpAsync(stoppingToken);
                if (!IsCurrent)
                {
                    var sent = await catalog.ConvergeAsync(index, AppendAsync, stoppingToken);
                    await CatchUpAsync(stoppingToken);
                    IsCurrent = true;
                    LogCurrent(logger, sent);
                }

                await MaintainAsync(stoppingToken);
                Failure = null;
                pause = FirstRetry;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                Failure = Outage.Is(ex) ? Outage.Reason(ex) : ex.Message;
                LogFailed(logger, ex);
                await Task.Delay(pause, clock, stoppingToken);
                pause = pause * 2 < LongestRetry ? pause * 2 : LongestRetry;
                continue;
            }

            using var poll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            poll.CancelAfter(TimeSpan.FromSeconds(options.Value.ReplicaPollSeconds));
            try
            {
                await _wake.Reader.WaitToReadAsync(poll.Token);
                _wake.Reader.TryRead(out _);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // Nothing woke it within the poll interval: it reads the heads anyway.
            }
        }

        await listening;
    }

    /// <summary>Appends items to their portals' logs (what convergence found missing, what this host changed).</summary>
    public async Task AppendAsync(IReadOnlyList<SearchItem> items, CancellationToken cancellationToken)
    {
        foreach (var portal in items.GroupBy(i => i.Tenant))
        {
            await log.AppendAsync(portal.Key, portal.ToArray(), cancellationToken);
        }

        Wake();
    }

    /// <summary>Applies every portal's entries up to the heads read now, rebuilding first when asked to or when the log moved on without it.</summary>
    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        _heads = await log.HeadsAsync(cancellationToken);
        if (_heads.RebuildGeneration > _positions.PositionOf(RebuildStream))
        {
            LogRebuilding(logger, "the platform admin asked for a rebuild");
            await RebuildAsync(cancellationToken);
        }

        foreach (var (tenant, head) in _heads.Heads)
        {
            var stream = StreamOf(tenant);
            for (var position = _positions.PositionOf(stream); position < head;)
            {
                var changes = await log.ReadAsync(TenantId.Parse(tenant), position, Page, cancellationToken);
                if (changes.Count == 0 || changes[0].Seq != position + 1)
                {
                    LogRebuilding(logger, $"entries of {tenant} after {position} were compacted away while this replica was gone");
                    await RebuildAsync(cancellationToken);
                    break;
                }

                await catalog.ApplyAsync(index, changes.Select(c => c.Item).ToAsyncEnumerable(), cancellationToken);
                position = changes[^1].Seq;
                _positions.Advance(stream, position);
                _advanced = true;
            }
        }
    }

    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
        var heads = await log.HeadsAsync(cancellationToken);
        await rebuilder.RunAsync(cancellationToken);
        foreach (var (tenant, head) in heads.Heads)
        {
            _positions.Advance(StreamOf(tenant), head);
        }

        _positions.Advance(RebuildStream, heads.RebuildGeneration);
        _committed = _positions.Checkpoint();
        _heads = heads;
    }

    /// <summary>Reports the committed positions (every portal's, 0 for one never applied) and compacts the log, each when due.</summary>
    private async Task MaintainAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now - _reported >= ReportInterval)
        {
            if (_advanced)
            {
                _committed = _positions.Checkpoint();
                _advanced = false;
            }

            await log.ReportAsync(name, _heads.Heads.Keys.ToDictionary(t => t, t => _committed.GetValueOrDefault(StreamOf(t))), cancellationToken);
            _reported = now;
        }

        if (now - _compacted >= CompactInterval)
        {
            var deleted = await log.CompactAsync(Retention, cancellationToken);
            LogCompacted(logger, deleted);
            _compacted = now;
        }
    }

    private static string StreamOf(string tenant) => "log/" + tenant;

    [LoggerMessage(Level = LogLevel.Information, Message = "Search replica is current: caught up with the change log, {Count} items the log lacked appended")]
    private static partial void LogCurrent(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search replica rebuilds itself from the catalog: {Why}")]
    private static partial void LogRebuilding(ILogger logger, string why);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Search change log compacted: {Count} entries every replica has applied deleted")]
    private static partial void LogCompacted(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search replica could not follow the change log; retrying with a growing pause")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
