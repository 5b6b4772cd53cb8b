namespace Showcase.Web.Programs.Forms;

/// <summary>A recommender's ranking as typed: a rank per applicant (its id), blank for not recommended.</summary>
public sealed class RecommendForm
{
    public Dictionary<string, string?> Ranks { get; set => field = value ?? []; } = [];
}
