using Showcase.Programs;

namespace Showcase.Web.Programs;

public static class ProgramLabels
{
    public static string Status(ProgramApplicationStatus status) => status switch
    {
        ProgramApplicationStatus.Draft => "草稿",
        ProgramApplicationStatus.Submitted => "已提交",
        ProgramApplicationStatus.Withdrawn => "已撤回",
        _ => status.ToString(),
    };
}
