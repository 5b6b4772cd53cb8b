using Microsoft.Extensions.Logging;
using Showcase.Audit;
using Showcase.Collections;
using Showcase.Common;
using Showcase.Grains.Audit;
using Showcase.Grains.Storage;

namespace Showcase.Grains.Collections;

[GrainType("collection")]
[CollectionAgeLimit(Minutes = IdleMinutes.Entity)]
internal sealed class CollectionGrain(
    [PersistentState("collection")] IPersistentState<CollectionGrain.State> state,
    TimeProvider clock,
    ILogger<CollectionGrain> logger) : Grain, ICollectionGrain
{
    private CollectionKey? _key;
    private Listing<State>? _listing;

    private CollectionKey Key => _key ??= CollectionKey.Parse(this.GetPrimaryKeyString());

    /// <summary>What has been written: interleaving reads never see a change in flight.</summary>
    private CollectionSnapshot? Committed { get; set; }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Committed = state.RecordExists ? Snapshot(state.State) : null;
        return Task.CompletedTask;
    }

    public async Task<CollectionSnapshot> CreateAsync(CollectionContent content, CollectionSeed? seed, Owner owner, Actor by)
    {
        content = CollectionRules.Normalize(content);
        seed = CollectionRules.Normalize(seed);
        if (state.RecordExists)
        {
            return state.State.Version == 1 && state.State.Content.Equals(content) && Equals(state.State.Seed, seed)
                ? Committed!
                : throw new DomainException(ErrorCodes.AlreadyExists, Sentence.Of("CollectionExists", Key.Id), "id");
        }

        DomainException.ThrowIfAny(CollectionRules.Check(content, seed));
        var now = clock.GetUtcNow();
        return await SaveAsync(new State
        {
            Content = content,
            Seed = seed,
            Owner = owner,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
            History = [new AuditEntry(now, by, "创建案例集", content.Details.Title!)],
        });
    }

    public async Task<CollectionSnapshot> ReviseAsync(CollectionContent content, CollectionSeed? seed, int expectedVersion, string action, Actor by)
    {
        var current = Existing(expectedVersion);
        content = CollectionRules.Normalize(content);
        seed = CollectionRules.Normalize(seed);
        DomainException.ThrowIfAny(CollectionRules.Check(content, seed));
        if (current.Content.Equals(content) && Equals(current.Seed, seed))
        {
            return Committed!;
        }

        return await SaveAsync(Changed(current with { Content = content, Seed = seed }, by, action));
    }

    public async Task<CollectionSnapshot> PublishAsync(int expectedVersion, Actor by)
    {
        var current = Existing(expectedVersion);
        if (current.Published?.Content.Equals(current.Content) == true)
        {
            return Committed!;
        }

        DomainException.ThrowIfAny(CollectionRules.CheckPublishable(current.Content));
        var number = (current.Published?.Number ?? current.LastPublication) + 1;
        return await SaveAsync(Changed(current with
        {
            Published = new PublishedCollection(current.Content, clock.GetUtcNow(), number),
            LastPublication = number,
        }, by, "发布", $"第 {number} 次发布，{current.Content.CaseCount} 个案例"));
    }

    public async Task<CollectionSnapshot> UnpublishAsync(int expectedVersion, Actor by)
    {
        var current = Existing(expectedVersion);
        return current.Published is null ? Committed! : await SaveAsync(Changed(current with { Published = null }, by, "取消发布"));
    }

    public async Task DeleteDraftAsync(Actor by)
    {
        if (!state.RecordExists)
        {
            return;
        }

        if (state.State.Published is not null || state.State.LastPublication > 0)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("CollectionDeleteOnlyUnpublished"), "status");
        }

        await state.DeleteListedAsync(Listed);
    }

    public Task<CollectionSnapshot?> GetAsync() => Task.FromResult(Committed);

    public Task<IReadOnlyList<AuditEntry>> GetHistoryAsync() => Task.FromResult(state.RecordExists ? state.State.History : []);

    private State Existing(int expectedVersion)
    {
        if (!state.RecordExists)
        {
            throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchCollection", Key.Id), "id");
        }

        return expectedVersion == state.State.Version
            ? state.State
            : throw new DomainException(ErrorCodes.VersionConflict,
                Sentence.Of("CollectionChangedMeanwhile", expectedVersion, state.State.Version), "version");
    }

    private State Changed(State next, Actor by, string action, string detail = "") => next with
    {
        Version = next.Version + 1,
        UpdatedAt = clock.GetUtcNow(),
        History = next.History.With(clock, by, action, detail),
    };

    /// <summary>The summary the portal's collection list keeps.</summary>
    internal static CollectionSummary Summary(CollectionSnapshot snapshot) => new(snapshot.Key.Id, snapshot.IsPublic, snapshot.UpdatedAt, snapshot.Version);

    /// <summary>Saves by the one protocol (see <see cref="ListedSave"/>): the list's pending mark, the write, the summary.</summary>
    private async Task<CollectionSnapshot> SaveAsync(State next)
    {
        await state.SaveListedAsync(next, this, Listed, logger);
        return Committed!;
    }

    private Listing<State> Listed => _listing ??= new Listing<State>(
        () => GrainFactory.GetCollectionDirectory(Key.Tenant).MarkPendingAsync(Key.Id),
        _ => GrainFactory.GetCollectionDirectory(Key.Tenant).RecordAsync(Summary(Committed!)),
        committed => Committed = committed is null ? null : Snapshot(committed),
        () => GrainFactory.GetCollectionDirectory(Key.Tenant).ForgetAsync(Key.Id));

    private CollectionSnapshot Snapshot(State s) => new(Key, s.Content, s.Published, s.Seed, s.Version, s.CreatedAt, s.UpdatedAt, s.Owner);

    internal sealed record State
    {
        public CollectionContent Content { get; init; } = new(new CollectionDetails(), []);

        public PublishedCollection? Published { get; init; }

        /// <summary>How many times it has been published, so numbers go on after it was taken down.</summary>
        public int LastPublication { get; init; }

        public CollectionSeed? Seed { get; init; }

        public Owner Owner { get; init; } = Owner.Nobody;

        public int Version { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public DateTimeOffset UpdatedAt { get; init; }

        public IReadOnlyList<AuditEntry> History { get; init; } = [];
    }
}
