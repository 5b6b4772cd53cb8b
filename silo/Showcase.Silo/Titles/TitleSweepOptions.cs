namespace Showcase.Silo.Titles;

/// <summary><c>Showcase:TitleSweep</c>: how often expired demonstration titles are looked for.</summary>
public sealed class TitleSweepOptions
{
    public const string Section = "Showcase:TitleSweep";

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}
