namespace Showcase.Titles;

/// <summary>Which life a title follows: a factory's (build, then accept) or a pilot zone's (review the plan, then approve).</summary>
public enum TitleTrack
{
    Factory,
    PilotZone,
}
