namespace Showcase.Programs;

/// <summary>The Chinese words for a call's and an application's states.</summary>
public static class ProgramCallLabels
{
    public static string Status(ProgramCallStatus status) => status switch
    {
        ProgramCallStatus.Open => "申报推荐中",
        ProgramCallStatus.Reviewing => "专家评审中",
        ProgramCallStatus.Publicising => "公示中",
        ProgramCallStatus.Concluded => "已发布名单",
        _ => status.ToString(),
    };

    public static string Status(ProgramApplicationStatus status) => status switch
    {
        ProgramApplicationStatus.Draft => "草稿",
        ProgramApplicationStatus.Submitted => "已提交",
        ProgramApplicationStatus.Withdrawn => "已撤回",
        _ => status.ToString(),
    };
}
