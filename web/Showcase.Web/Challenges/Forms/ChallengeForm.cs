using Showcase.Api.Transfers;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Web.Layout;
using Showcase.Web.Listings;
using Showcase.Web.Localization;

namespace Showcase.Web.Challenges.Forms;

/// <summary>
/// The challenge form as typed: numbers and times stay text until <see cref="ToContent"/> reads them, so a value
/// that cannot be read is reported and shown again as it was typed. Indicators are one per line, <c>名称：目标值</c>.
/// </summary>
public sealed class ChallengeForm
{
    /// <summary>Chosen when the form is shown, so sending it twice saves one draft.</summary>
    public string Id { get; set; } = EntityId.New().Value;

    public string? Title { get; set; }

    public string? Goals { get; set; }

    public string? Background { get; set; }

    public string? Indicators { get; set; }

    public string? Industry { get; set; }

    public string? Domain { get; set; }

    public string? Province { get; set; }

    /// <summary>Ticked boxes; the binder leaves a group with none ticked null, read here as none.</summary>
    public string[] Technologies { get; set => field = value ?? []; } = [];

    public string? BudgetMin { get; set; }

    public string? BudgetMax { get; set; }

    public string? BidsDue { get; set; }

    public string[] ApplicantKinds { get; set => field = value ?? []; } = [];

    public string? Qualifications { get; set; }

    public string? MinDeliveredCases { get; set; }

    public EnglishForm English { get; set => field = value ?? new(); } = new();

    public ChallengeContent ToContent(FormReader read) => new()
    {
        Title = Title,
        Goals = Goals,
        Background = Background,
        English = English.ToText(),
        Indicators = FormText.Lines(Indicators).Select(FormText.Pair).Select(p => new ChallengeIndicator(p.Name, p.Value ?? "")).ToArray(),
        Industry = Industry,
        Domain = Domain,
        Province = Province,
        Technologies = Technologies,
        BudgetMin = read.Decimal(BudgetMin, "budgetMin", "预算下限（万元）"),
        BudgetMax = read.Decimal(BudgetMax, "budgetMax", "预算上限（万元）", "800"),
        BidsDue = read.ChinaTime(BidsDue, "bidsDue", "揭榜截止"),
        Eligibility = new ChallengeEligibility
        {
            ApplicantKinds = ApplicantKinds,
            // Split as the provider form splits its qualifications, so the two compare.
            Qualifications = TermCells.Split(Qualifications).ToArray(),
            MinDeliveredCases = read.Int(MinDeliveredCases, "eligibility.minDeliveredCases", "要求的已交付案例数") ?? 0,
        },
    };
}
