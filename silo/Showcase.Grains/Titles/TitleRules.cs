using System.Globalization;
using Showcase.Audit;
using Showcase.Common;
using Showcase.Titles;

namespace Showcase.Grains.Titles;

/// <summary>
/// The life of a demonstration title, from 智能制造试点示范行动实施方案: factories build for two years and are then
/// accepted; pilot zones' plans are reviewed case by case and approved; both are valid three years, re-evaluated,
/// and kept or revoked. Pure functions: the grains store what these return.
/// </summary>
internal static class TitleRules
{
    public const int BuildingYears = 2;
    public const int ValidYears = 3;

    /// <summary>Which steps a factory's or a zone's title may take from each status, and where they lead.</summary>
    public static TitleStatus? Next(TitleTrack track, TitleStatus from, TitleAction action) => (action, from) switch
    {
        (TitleAction.Select, TitleStatus.Declared) => track == TitleTrack.Factory ? TitleStatus.Building : TitleStatus.UnderReview,
        (TitleAction.Recognise, TitleStatus.Building) when track == TitleTrack.Factory => TitleStatus.Recognised,
        (TitleAction.Recognise, TitleStatus.UnderReview) when track == TitleTrack.PilotZone => TitleStatus.Recognised,
        (TitleAction.Reject, TitleStatus.Declared or TitleStatus.UnderReview or TitleStatus.Building) => TitleStatus.Rejected,
        (TitleAction.MarkReevaluationDue, TitleStatus.Recognised) => TitleStatus.ReevaluationDue,
        (TitleAction.Keep, TitleStatus.Recognised or TitleStatus.ReevaluationDue) => TitleStatus.Recognised,
        (TitleAction.Revoke, TitleStatus.Recognised or TitleStatus.ReevaluationDue) => TitleStatus.Revoked,
        _ => null,
    };

    public static DemonstrationTitle Declared(DateOnly on, Actor by, DateTimeOffset now, string note) =>
        new(TitleStatus.Declared, on, null, [new TitleStep(on, TitleAction.Select, TitleStatus.Declared, note, by, now)]);

    /// <summary>The title after a curator's step, or a refusal that says why.</summary>
    public static DemonstrationTitle Advance(TitleTrack track, DemonstrationTitle title, TitleDecision decision, Actor by, DateTimeOffset now)
    {
        var note = decision.Note?.Trim();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (decision.Action == TitleAction.MarkReevaluationDue)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("ReviewDueIsAutomatic"), "action");
        }

        var next = Next(track, title.Status, decision.Action)
            ?? throw new DomainException(ErrorCodes.InvalidTransition,
                Sentence.Of("TitleStepNotNow", TitleLabels.Status(track, title.Status), TitleLabels.Action(track, decision.Action)), "action");
        if (string.IsNullOrEmpty(note))
        {
            throw new DomainException(ErrorCodes.Required, Sentence.Of("TitleStepNeedsBasis", TitleLabels.Action(track, decision.Action)), "note");
        }

        if (note.Length > 500)
        {
            throw new DomainException(ErrorCodes.TooLong, Sentence.Of("TitleNoteTooLong"), "note");
        }

        if (decision.On > today)
        {
            throw new DomainException(ErrorCodes.InvalidValue, Sentence.Of("TitleDateInFuture", decision.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "on");
        }

        if (decision.On < title.Since)
        {
            throw new DomainException(ErrorCodes.InvalidValue, Sentence.Of("TitleDateBeforeLastStep", decision.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), title.Since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "on");
        }

        var validUntil = next switch
        {
            TitleStatus.Building => decision.On.AddYears(BuildingYears),
            TitleStatus.Recognised => decision.On.AddYears(ValidYears),
            TitleStatus.ReevaluationDue => title.ValidUntil,
            _ => null,
        };
        return title with
        {
            Status = next,
            Since = decision.On,
            ValidUntil = validUntil,
            Steps = [.. title.Steps, new TitleStep(decision.On, decision.Action, next, note, by, now)],
        };
    }

    /// <summary>Whether a decision repeats the last step exactly (a retried request).</summary>
    public static bool Repeats(DemonstrationTitle title, TitleDecision decision) =>
        title.Steps.Count > 0 && title.Steps[^1] is var last
        && last.Action == decision.Action && last.On == decision.On && last.Note == decision.Note?.Trim();

    /// <summary>The platform's step when the validity ran out: dated the first day past it.</summary>
    public static DemonstrationTitle? ExpireIfDue(DemonstrationTitle title, DateOnly today, DateTimeOffset now)
    {
        if (title.Status != TitleStatus.Recognised || title.ValidUntil is not { } until || until >= today)
        {
            return null;
        }

        var on = until.AddDays(1);
        return title with
        {
            Status = TitleStatus.ReevaluationDue,
            Since = on,
            Steps = [.. title.Steps, new TitleStep(on, TitleAction.MarkReevaluationDue, TitleStatus.ReevaluationDue,
                $"有效期已于 {until:yyyy年M月d日} 届满，按动态管理要求进入复评。", Actor.System, now)],
        };
    }
}
