namespace Showcase.Silo.Files;

/// <summary><c>Showcase:FileSweep</c>: how often pictures and documents nothing names are looked for, and how old they must be.</summary>
public sealed class FileSweepOptions
{
    public const string Section = "Showcase:FileSweep";

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>An upload younger than this is kept even when nothing names it yet: its form may still be open.</summary>
    public TimeSpan Grace { get; set; } = TimeSpan.FromDays(1);
}
