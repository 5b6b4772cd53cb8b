using Microsoft.Extensions.Logging;
using Showcase.Audit;
using Showcase.Cases;
using Showcase.Common;
using Showcase.Grains.Listings;
using Showcase.Listings;

namespace Showcase.Grains.Cases;

[GrainType("case")]
[CollectionAgeLimit(Minutes = IdleMinutes.Entity)]
internal sealed class CaseGrain(
    [PersistentState("case")] IPersistentState<CaseGrain.State> state,
    TimeProvider clock,
    ILogger<CaseGrain> logger) : CatalogEntityGrain<CaseGrain.State>(state, clock, logger), ICaseGrain
{
    protected override CatalogKind Kind => CatalogKind.Case;

    protected override string Noun => "案例";

    public async Task<CaseSnapshot> CreateDraftAsync(CaseContent content, Owner owner, Actor by)
    {
        content = CaseRules.Normalize(content);
        if (Exists)
        {
            return Snapshot(RetriedCreation(content));
        }

        DomainException.ThrowIfAny(CaseRules.CheckDraft(content, Clock.GetUtcNow()));
        return Snapshot(await SaveAsync(FirstDraft(content, owner, by)));
    }

    public async Task<CaseSnapshot> CreatePublishedAsync(CaseContent content, Owner owner, Actor by)
    {
        content = CaseRules.Normalize(content);
        if (Exists)
        {
            RetriedCreation(content);
            return await PublishAsync(by);
        }

        var now = Clock.GetUtcNow();
        DomainException.ThrowIfAny(CaseRules.CheckPublishable(content, now));
        var draft = FirstDraft(content, owner, by);
        return Snapshot(await SaveAsync(Changed(draft with { Status = CaseStatus.Published, PublishedRevision = 1, PublishedAt = now }, by, "发布", "第 1 版")));
    }

    public async Task DeleteDraftAsync(Actor by)
    {
        if (!Exists)
        {
            return;
        }

        var current = Existing();
        if (current.Status != CaseStatus.Draft || current.PublishedAt is not null)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("CaseDeleteOnlyDraft"), "status");
        }

        await DeleteAsync(by);
    }

    public async Task<CaseSnapshot> EditAsync(CaseContent content, int expectedVersion, Actor by)
    {
        CheckVersion(expectedVersion);
        var current = Existing();
        content = CaseRules.Normalize(content);
        DomainException.ThrowIfAny(CaseRules.CheckDraft(content, Clock.GetUtcNow()));
        if (current.Content.Equals(content))
        {
            return Snapshot(current);
        }

        var revision = Revision(current.Revisions.Count + 1, content, by);
        return Snapshot(await SaveAsync(Changed(current with
        {
            Content = content,
            Revisions = [.. current.Revisions, revision],
            Status = CaseStatus.Draft,
            StatusNote = null,
        }, by, $"保存第 {revision.Number} 版", CaseRules.DescribeChanges(current.Content, content))));
    }

    public async Task<CaseSnapshot> SubmitForReviewAsync(Actor by)
    {
        var current = Existing();
        if (current.Status == CaseStatus.InReview)
        {
            return Snapshot(current);
        }

        RequireUnpublishedRevision(current, "提交审核");
        DomainException.ThrowIfAny(CaseRules.CheckPublishable(current.Content, Clock.GetUtcNow()));
        return Snapshot(await SaveAsync(Changed(current with { Status = CaseStatus.InReview, StatusNote = null }, by, "提交审核", $"第 {current.Revisions.Count} 版")));
    }

    public async Task<CaseSnapshot> ReturnToDraftAsync(string note, Actor by)
    {
        var current = Existing();
        note = RequireNote(note, "退回意见");
        if (current.Status != CaseStatus.InReview)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("CaseReturnOnlyInReview"), "status");
        }

        return Snapshot(await SaveAsync(Changed(current with { Status = CaseStatus.Draft, StatusNote = note }, by, "退回修改", note)));
    }

    public async Task<CaseSnapshot> PublishAsync(Actor by)
    {
        var current = Existing();
        if (current.Status == CaseStatus.Published && current.PublishedRevision == current.Revisions.Count)
        {
            return Snapshot(current);
        }

        DomainException.ThrowIfAny(CaseRules.CheckPublishable(current.Content, Clock.GetUtcNow()));
        return Snapshot(await SaveAsync(Changed(current with
        {
            Status = CaseStatus.Published,
            PublishedRevision = current.Revisions.Count,
            PublishedAt = Clock.GetUtcNow(),
            StatusNote = null,
        }, by, "发布", $"第 {current.Revisions.Count} 版")));
    }

    public async Task<CaseSnapshot> WithdrawAsync(string reason, Actor by)
    {
        var current = Existing();
        reason = RequireNote(reason, "撤回原因");
        if (current.Status == CaseStatus.Withdrawn)
        {
            return Snapshot(current);
        }

        if (current.PublishedRevision is null)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("CaseNotPublished"), "status");
        }

        return Snapshot(await SaveAsync(Changed(current with
        {
            Status = CaseStatus.Withdrawn,
            PublishedRevision = null,
            StatusNote = reason,
        }, by, "撤回", reason)));
    }

    public Task<CaseSnapshot?> GetAsync() => Task.FromResult(Committed is null ? null : Snapshot(Committed));

    public Task<IReadOnlyList<CaseRevision>> GetRevisionsAsync() => Task.FromResult(Committed?.Revisions ?? []);

    public Task<CaseRevision?> GetRevisionAsync(int number) =>
        Task.FromResult(Committed?.Revisions is { } revisions && number >= 1 && number <= revisions.Count ? revisions[number - 1] : null);

    protected override CatalogEntry ToEntry(State stored)
    {
        var shown = stored.PublishedRevision is { } published ? stored.Revisions[published - 1].Content : stored.Content;
        return new CatalogEntry(CatalogKind.Case, Key.Id, shown.Title ?? "（未命名案例）", shown.Organisation, StatusCode.Of(stored.Status),
            stored.PublishedRevision is not null, stored.Owner,
            new CatalogTags(shown.Province, shown.City, shown.Industries, shown.Domains, shown.Technologies, shown.Programs, null, null),
            [.. shown.Links.All], null, stored.UpdatedAt, stored.PublishedAt, stored.Version,
            stored.PublishedRevision is null ? null : StatusCode.Of(CaseStatus.Published), shown.Pictures.Cover?.Id,
            Figures(shown, stored.PublishedAt), shown.English.Title);
    }

    /// <summary>A case counts in its 实施年份 (else the year it was published) and by the change of each metric measured before and after.</summary>
    private static CatalogFigures Figures(CaseContent shown, DateTimeOffset? publishedAt) =>
        CatalogFigures.Of(shown.Year ?? (publishedAt is { } at ? ChinaTime.At(at).Year : null), shown.Province) with
        {
            Changes = [.. shown.Metrics.Where(m => m.ChangePercent is not null).Select(m => new MetricChange(m.Name, m.Unit, m.ChangePercent!.Value))],
        };

    private static void RequireUnpublishedRevision(State current, string action)
    {
        if (current.Status == CaseStatus.Published)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("LatestRevisionPublished", action), "status");
        }
    }

    private static string RequireNote(string? note, string label) =>
        string.IsNullOrWhiteSpace(note) ? throw new DomainException(ErrorCodes.Required, Sentence.Of("Required", label), "note")
        : note.Trim().Length > 500 ? throw new DomainException(ErrorCodes.TooLong, Sentence.Of("NoteTooLong500", label), "note")
        : note.Trim();

    /// <summary>A new case's first state: a draft of revision 1, its creation in the history.</summary>
    private State FirstDraft(CaseContent content, Owner owner, Actor by) =>
        Created(new State { Content = content, Status = CaseStatus.Draft, Revisions = [Revision(1, content, by)] }, owner, by, "创建草稿", content.Title ?? "");

    /// <summary>The stored case when a creation is a retry of the one that made it (one revision, the same content); else ALREADY_EXISTS.</summary>
    private State RetriedCreation(CaseContent content)
    {
        var current = Existing();
        return current.Revisions.Count == 1 && current.Content.Equals(content) ? current : throw AlreadyExists();
    }

    private CaseRevision Revision(int number, CaseContent content, Actor by) => new(number, content, Clock.GetUtcNow(), by);

    private CaseSnapshot Snapshot(State s) => new(Key, s.Content, s.Revisions.Count, s.Status,
        s.PublishedRevision is { } published ? s.Revisions[published - 1] : null,
        s.Version, s.CreatedAt, s.UpdatedAt, s.StatusNote, s.Owner);

    internal sealed record State : CatalogEntityState
    {
        /// <summary>The latest revision's content.</summary>
        public CaseContent Content { get; init; } = CaseContent.Empty;

        /// <summary>Every revision, oldest first; revision n is at index n - 1.</summary>
        public IReadOnlyList<CaseRevision> Revisions { get; init; } = [];

        public CaseStatus Status { get; init; }

        /// <summary>The revision the public reads, or null when the case is not in the catalog.</summary>
        public int? PublishedRevision { get; init; }

        public DateTimeOffset? PublishedAt { get; init; }

        /// <summary>Why it was sent back or withdrawn.</summary>
        public string? StatusNote { get; init; }
    }
}
