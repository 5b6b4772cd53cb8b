using Microsoft.Extensions.Logging;
using Showcase.Audit;
using Showcase.Common;
using Showcase.Grains.Audit;
using Showcase.Grains.Storage;
using Showcase.Scenarios;

namespace Showcase.Grains.Scenarios;

[GrainType("scenario")]
[CollectionAgeLimit(Minutes = IdleMinutes.Entity)]
internal sealed partial class ScenarioGrain(
    [PersistentState("scenario")] IPersistentState<ScenarioGrain.State> state,
    TimeProvider clock,
    ILogger<ScenarioGrain> logger) : Grain, IScenarioGrain
{
    // What has been written to storage: GetAsync interleaves with a change in flight and must not see it.
    private ScenarioSnapshot? _committed;

    private ScenarioKey? _key;
    private Listing<State>? _listing;

    // Parsed once per activation: every change reads it several times.
    private ScenarioKey Key => _key ??= ScenarioKey.Parse(this.GetPrimaryKeyString());

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _committed = state.RecordExists ? Snapshot() : null;
        return Task.CompletedTask;
    }

    public async Task<ScenarioSnapshot> CreateDraftAsync(ScenarioContent content, Owner owner, Actor by)
    {
        content = ScenarioRules.Normalize(content);
        if (state.RecordExists)
        {
            return state.State.Content.Equals(content) && state.State.Version == 1
                ? Snapshot()
                : throw new DomainException(ErrorCodes.AlreadyExists, Sentence.Of("ScenarioExists", Key.Id), "id");
        }

        DomainException.ThrowIfAny(ScenarioRules.CheckDraft(content));
        var now = clock.GetUtcNow();
        return await SaveAsync(new State
        {
            Content = content,
            Owner = owner,
            Status = ScenarioStatus.Draft,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
            History = [new AuditEntry(now, by, "创建草稿", content.Title ?? "")],
        });
    }

    public async Task<ScenarioSnapshot> EditAsync(ScenarioContent content, int expectedVersion, Actor by)
    {
        var current = Existing();
        if (expectedVersion != current.Version)
        {
            throw new DomainException(ErrorCodes.VersionConflict,
                Sentence.Of("ScenarioChangedMeanwhile", expectedVersion, current.Version), "version");
        }

        content = ScenarioRules.Normalize(content);
        DomainException.ThrowIfAny(current.Status == ScenarioStatus.Published ? ScenarioRules.CheckPublishable(content) : ScenarioRules.CheckDraft(content));
        if (current.Content.Equals(content))
        {
            return Snapshot();
        }

        return await SaveAsync(current with
        {
            Content = content,
            Version = current.Version + 1,
            UpdatedAt = clock.GetUtcNow(),
            History = current.History.With(clock, by, "编辑", ScenarioRules.DescribeChanges(current.Content, content)),
        });
    }

    public async Task DeleteDraftAsync(Actor by)
    {
        if (!state.RecordExists)
        {
            return;
        }

        if (state.State.Status != ScenarioStatus.Draft || state.State.PublishedAt is not null)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("ScenarioDeleteOnlyDraft"), "status");
        }

        await state.DeleteListedAsync(Listed);
        LogDeleted(Key.ToString(), by.Name);
    }

    public async Task<ScenarioSnapshot> PublishAsync(Actor by)
    {
        var current = Existing();
        if (current.Status == ScenarioStatus.Published)
        {
            return Snapshot();
        }

        DomainException.ThrowIfAny(ScenarioRules.CheckPublishable(current.Content));
        var now = clock.GetUtcNow();
        return await SaveAsync(current with
        {
            Status = ScenarioStatus.Published,
            PublishedAt = now,
            Version = current.Version + 1,
            UpdatedAt = now,
            History = current.History.With(clock, by, "发布"),
        });
    }

    public async Task<ScenarioSnapshot> UnpublishAsync(Actor by)
    {
        var current = Existing();
        if (current.Status != ScenarioStatus.Published)
        {
            return Snapshot();
        }

        return await SaveAsync(current with
        {
            Status = ScenarioStatus.Unpublished,
            Version = current.Version + 1,
            UpdatedAt = clock.GetUtcNow(),
            History = current.History.With(clock, by, "下线"),
        });
    }

    public Task<ScenarioSnapshot?> GetAsync() => Task.FromResult(_committed);

    public Task<IReadOnlyList<AuditEntry>> GetHistoryAsync() =>
        Task.FromResult(state.RecordExists ? state.State.History : []);

    private State Existing() =>
        state.RecordExists ? state.State : throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchScenario", Key.Id), "id");

    /// <summary>Saves by the one protocol (see <see cref="ListedSave"/>): the directory's pending mark, the write, the summary.</summary>
    private async Task<ScenarioSnapshot> SaveAsync(State next)
    {
        await state.SaveListedAsync(next, this, Listed, logger);
        return _committed!;
    }

    private Listing<State> Listed => _listing ??= new Listing<State>(
        () => GrainFactory.GetScenarioDirectory(Key.Tenant).MarkPendingAsync(Key.Id),
        _ => GrainFactory.GetScenarioDirectory(Key.Tenant).RecordAsync(_committed!.ToSummary()),
        committed => _committed = committed is null ? null : Snapshot(),
        () => GrainFactory.GetScenarioDirectory(Key.Tenant).ForgetAsync(Key.Id));

    private ScenarioSnapshot Snapshot()
    {
        var s = state.State;
        return new ScenarioSnapshot(Key, s.Content, s.Status, s.Version, s.CreatedAt, s.UpdatedAt, s.PublishedAt, s.Owner);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scenario draft {Key} deleted by {Actor}")]
    private partial void LogDeleted(string key, string actor);

    internal sealed record State
    {
        public ScenarioContent Content { get; init; } = ScenarioContent.Empty;

        public ScenarioStatus Status { get; init; }

        public int Version { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public DateTimeOffset UpdatedAt { get; init; }

        public DateTimeOffset? PublishedAt { get; init; }

        public Owner Owner { get; init; } = Owner.Nobody;

        /// <summary>Every change, written together with it.</summary>
        public IReadOnlyList<AuditEntry> History { get; init; } = [];
    }
}
