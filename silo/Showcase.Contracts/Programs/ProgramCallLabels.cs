using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Programs;

/// <summary>The words for a call's and an application's states (ProgramCallLabels.resx, .en.resx).</summary>
public static class ProgramCallLabels
{
    private static readonly LabelTexts Texts = new(typeof(ProgramCallLabels));

    public static string Status(ProgramCallStatus status, string language = TenantProfile.Chinese) => Texts.Get($"Call.{status}", language);

    public static string Status(ProgramApplicationStatus status, string language = TenantProfile.Chinese) => Texts.Get($"Application.{status}", language);
}
