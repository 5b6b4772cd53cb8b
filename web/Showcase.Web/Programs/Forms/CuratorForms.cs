using Showcase.Common;
using Showcase.Programs;
using Showcase.Web.Layout;

namespace Showcase.Web.Programs.Forms;

/// <summary>
/// The recommenders admitted to a call as the table posts them: the organisations ticked, and per organisation (by
/// id) its kind, city and quota as typed.
/// </summary>
public sealed class SeatsForm
{
    public string[] Seats { get; set => field = value ?? []; } = [];

    public Dictionary<string, string?> Kinds { get; set => field = value ?? []; } = [];

    public Dictionary<string, string?> Cities { get; set => field = value ?? []; } = [];

    public Dictionary<string, string?> Quotas { get; set => field = value ?? []; } = [];

    /// <summary>The seats ticked; <paramref name="quotaLabel"/> names an organisation's (by id) quota in the reader's language.</summary>
    public IReadOnlyList<RecommenderSeat> ToSeats(FormReader read, Func<string, string> quotaLabel) =>
        read.Ids(Seats, "seats", "推荐单位")
            .Select(id => new RecommenderSeat(id, Kinds.GetValueOrDefault(id.Value) ?? "",
                Cities.GetValueOrDefault(id.Value) is { Length: > 0 } city ? city : null,
                read.Int(Quotas.GetValueOrDefault(id.Value), "seats", quotaLabel(id.Value), "5")))
            .ToArray();
}

/// <summary>A call's evaluation as typed: the rubric one criterion per line, and the experts ticked.</summary>
public sealed class CallEvaluationForm
{
    public string? Rubric { get; set; }

    public string[] Reviewers { get; set => field = value ?? []; } = [];
}

/// <summary>The applications ticked to win, and the note published with them.</summary>
public sealed class PublishForm
{
    public string[] Winners { get; set => field = value ?? []; } = [];

    public string? Note { get; set; }
}

/// <summary>A curator's decision on one objection: upheld or not, and why.</summary>
public sealed class ResolveForm
{
    /// <summary>Which of the two buttons was pressed; none when Enter was pressed in the opinion field.</summary>
    public bool? Upheld { get; set; }

    public string? Resolution { get; set; }
}

/// <summary>An objection to a published winner, with the id it was shown with, so sending it twice objects once.</summary>
public sealed class ObjectionForm
{
    public string? Applicant { get; set; }

    public string? Text { get; set; }

    public string OperationId { get; set; } = Guid.NewGuid().ToString("N");

    public EntityId ToApplicant() =>
        EntityId.TryParse(Applicant, out var applicant) ? applicant : throw new DomainException([DomainMessages.Error(ErrorCodes.Required, "applicant", "Choose", "异议项目")]);
}
