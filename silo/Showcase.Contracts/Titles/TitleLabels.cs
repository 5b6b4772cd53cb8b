using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Titles;

/// <summary>The words for title statuses and steps (TitleLabels.resx, .en.resx), which differ a little between factories and pilot zones.</summary>
public static class TitleLabels
{
    private static readonly LabelTexts Texts = new(typeof(TitleLabels));

    public static string Status(TitleTrack track, TitleStatus status, string language = TenantProfile.Chinese) => status switch
    {
        TitleStatus.Declared or TitleStatus.Recognised or TitleStatus.Rejected => Texts.Get($"Status.{status}.{track}", language),
        _ => Texts.Get($"Status.{status}", language),
    };

    public static string Action(TitleTrack track, TitleAction action, string language = TenantProfile.Chinese) => action switch
    {
        TitleAction.Select or TitleAction.Recognise or TitleAction.Reject => Texts.Get($"Action.{action}.{track}", language),
        _ => Texts.Get($"Action.{action}", language),
    };
}
