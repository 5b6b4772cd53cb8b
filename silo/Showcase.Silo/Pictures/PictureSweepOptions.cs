namespace Showcase.Silo.Pictures;

/// <summary><c>Showcase:PictureSweep</c>: how often pictures nothing names are looked for, and how old they must be.</summary>
public sealed class PictureSweepOptions
{
    public const string Section = "Showcase:PictureSweep";

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>An upload younger than this is kept even when nothing names it yet: its form may still be open.</summary>
    public TimeSpan Grace { get; set; } = TimeSpan.FromDays(1);
}
