using Showcase.Programs;
using Showcase.Web.Layout;

namespace Showcase.Web.Programs.Forms;

/// <summary>A new call as typed: its program, title, the three deadlines (Beijing time), quota scheme and introduction.</summary>
public sealed class CallForm
{
    public string? Program { get; set; }

    public string? Title { get; set; }

    public string? RecommendationDue { get; set; }

    public string? ReviewDue { get; set; }

    public string? PublicationDue { get; set; }

    public string? QuotaScheme { get; set; }

    public string? Introduction { get; set; }

    public ProgramCallSetup ToSetup(FormReader read) => new()
    {
        Program = Program ?? "",
        Title = Title,
        Introduction = Introduction,
        RecommendationDue = read.ChinaTime(RecommendationDue, "recommendationDue", "推荐截止") ?? default,
        ReviewDue = read.ChinaTime(ReviewDue, "reviewDue", "专家评审截止") ?? default,
        PublicationDue = read.ChinaTime(PublicationDue, "publicationDue", "公示时间") ?? default,
        QuotaScheme = QuotaScheme,
    };
}
