using System.Globalization;
using Microsoft.Extensions.Logging;
using Showcase.Audit;
using Showcase.Common;
using Showcase.Grains.Listings;
using Showcase.Grains.Notifications;
using Showcase.Grains.Rules;
using Showcase.Listings;
using Showcase.Notifications;
using Showcase.Tenancy;
using Showcase.Titles;

namespace Showcase.Grains.Titles;

/// <summary>
/// What factory and pilot zone grains share: declaring and editing the profile, the title's steps, the expiry
/// sweep's call, and progress reports.
/// </summary>
internal abstract class TitledGrain<TState, TProfile>(IPersistentState<TState> state, TimeProvider clock, ILogger logger)
    : CatalogEntityGrain<TState>(state, clock, logger), ITitledGrain
    where TState : TitledState<TProfile>, new()
    where TProfile : class, new()
{
    protected abstract TitleTrack Track { get; }

    protected abstract TProfile Normalize(TProfile profile);

    /// <summary>What every profile, declared or edited, must satisfy.</summary>
    protected abstract RuleErrors Check(TProfile profile);

    /// <summary>The entity's name, for notices.</summary>
    protected abstract string NameOf(TState stored);

    /// <summary>Creates the entity as declared on <paramref name="on"/>; a retry with the same profile returns it.</summary>
    protected async Task<TState> CreateDeclaredAsync(TProfile profile, DateOnly on, Owner owner, Actor by, string action, string note, string name)
    {
        profile = Normalize(profile);
        if (Exists)
        {
            return Existing().Profile.Equals(profile) ? Existing() : throw AlreadyExists();
        }

        DomainException.ThrowIfAny(Check(profile));
        var title = TitleRules.Declared(on, by, Clock.GetUtcNow(), note);
        return await SaveAsync(Created(new TState { Profile = profile, Title = title }, owner, by, action, name));
    }

    protected async Task<TState> EditProfileAsync(TProfile profile, int expectedVersion, Actor by)
    {
        CheckVersion(expectedVersion);
        var current = Existing();
        profile = Normalize(profile);
        DomainException.ThrowIfAny(Check(profile));
        return current.Profile.Equals(profile) ? current : await SaveAsync(Changed(current with { Profile = profile }, by, "编辑"));
    }

    public async Task<DemonstrationTitle> AdvanceTitleAsync(TitleDecision decision, Actor by)
    {
        var current = Existing();
        if (TitleRules.Repeats(current.Title, decision))
        {
            return current.Title;
        }

        var next = TitleRules.Advance(Track, current.Title, decision, by, Clock.GetUtcNow());
        var saved = await SaveAsync(Changed(current with { Title = next }, by, TitleLabels.Action(Track, decision.Action), $"{decision.On:yyyy-MM-dd}：{next.Steps[^1].Note}"));
        return saved.Title;
    }

    public async Task<bool> MarkReevaluationDueIfExpiredAsync(DateOnly today)
    {
        if (!Exists)
        {
            return false;
        }

        var current = Existing();
        var expired = TitleRules.ExpireIfDue(current.Title, today, Clock.GetUtcNow());
        if (expired is not null)
        {
            current = await SaveAsync(Changed(current with { Title = expired, ReevaluationNoticePending = true },
                Actor.System, TitleLabels.Action(Track, TitleAction.MarkReevaluationDue), expired.Steps[^1].Note));
        }

        if (current.ReevaluationNoticePending)
        {
            await CuratorNotices.SendAsync(GrainFactory, Key.Tenant, ReevaluationNotice(current));
            await SaveAsync(current with { ReevaluationNoticePending = false });
        }

        return expired is not null;
    }

    protected async Task<TState> AddProgressReportAsync(string period, string text, Actor by)
    {
        var current = Existing();
        var cleanPeriod = Clean.Text(period);
        var cleanText = Clean.Text(text);
        DomainException.ThrowIfAny(new RuleErrors()
            .Required(cleanPeriod, "period", "报告期（如 2026年上半年）")
            .Required(cleanText, "text", "进展情况")
            .MaxLength(cleanPeriod, 30, "period", "报告期")
            .MaxLength(cleanText, 10_000, "text", "进展情况"));
        if (current.Reports.FirstOrDefault(r => r.Period == cleanPeriod) is { } existing)
        {
            return existing.Text == cleanText ? current
                : throw new DomainException(ErrorCodes.AlreadyExists, Sentence.Of("ProgressReportDone", cleanPeriod), "period");
        }

        if (current.Title.Status is TitleStatus.Declared or TitleStatus.Rejected or TitleStatus.Revoked)
        {
            throw new DomainException(ErrorCodes.InvalidTransition,
                Sentence.Of("NoProgressReportDue", TitleLabels.Status(Track, current.Title.Status)), "status");
        }

        var report = new ProgressReport(cleanPeriod!, cleanText!, Clock.GetUtcNow(), by);
        return await SaveAsync(Changed(current with { Reports = [.. current.Reports, report] }, by, "提交进展报告", cleanPeriod!));
    }

    /// <summary>The directory entry; statistics count it in the year its title dates from and in every one of <paramref name="provinces"/>.</summary>
    protected CatalogEntry Entry(
        TState stored, CatalogKind kind, string title, string? subtitle, CatalogTags tags, IReadOnlyList<string> provinces, IReadOnlyList<EntityId> links, EntityId? cover,
        string? englishTitle) =>
        new(kind, Key.Id, title, subtitle, StatusCode.Of(stored.Title.Status), stored.Title.IsPublic(Track == TitleTrack.Factory),
            stored.Owner, tags, links, stored.Title.ValidUntil, stored.UpdatedAt,
            stored.Title.Steps.FirstOrDefault(s => s.Status is TitleStatus.Building or TitleStatus.Recognised)?.RecordedAt, stored.Version, Cover: cover,
            Figures: new CatalogFigures(stored.Title.Since.Year, provinces, []), EnglishTitle: englishTitle);

    private Notification ReevaluationNotice(TState stored)
    {
        var name = NameOf(stored);
        var until = stored.Title.ValidUntil;
        return Notification.Of(
            $"reevaluation:{PortalPaths.CatalogSegment(Kind)}:{Key.Id}:{until:yyyyMMdd}",
            Clock.GetUtcNow(),
            Notice.Of("TitleDue", name, until?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            PortalPaths.Of(Key.Tenant).Catalog(Kind).Item(Key.Id));
    }
}
