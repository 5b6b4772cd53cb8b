namespace Showcase.Titles;

/// <summary>The Chinese words for title statuses and steps, which differ a little between factories and pilot zones.</summary>
public static class TitleLabels
{
    public static string Status(TitleTrack track, TitleStatus status) => status switch
    {
        TitleStatus.Declared => track == TitleTrack.Factory ? "已申报" : "已提交创建方案",
        TitleStatus.UnderReview => "方案论证中",
        TitleStatus.Building => "建设中",
        TitleStatus.Recognised => track == TitleTrack.Factory ? "示范工厂" : "已批复创建",
        TitleStatus.ReevaluationDue => "待复评",
        TitleStatus.Revoked => "已取消称号",
        TitleStatus.Rejected => track == TitleTrack.Factory ? "未入选" : "未通过论证",
        _ => status.ToString(),
    };

    public static string Action(TitleTrack track, TitleAction action) => action switch
    {
        TitleAction.Select => track == TitleTrack.Factory ? "入选揭榜单位、开始建设" : "进入方案论证",
        TitleAction.Recognise => track == TitleTrack.Factory ? "验收通过、认定为示范工厂" : "批复同意创建",
        TitleAction.Reject => track == TitleTrack.Factory ? "未入选" : "未通过论证",
        TitleAction.MarkReevaluationDue => "有效期届满、待复评",
        TitleAction.Keep => "复评通过、保留称号",
        TitleAction.Revoke => "取消称号",
        _ => action.ToString(),
    };
}
