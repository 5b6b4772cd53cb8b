namespace Showcase.Cases;

/// <summary>What a case tells the story of.</summary>
public enum CaseSubject
{
    /// <summary>An excellent scenario (优秀场景).</summary>
    Scenario,

    /// <summary>A demonstration factory (示范工厂).</summary>
    Factory,

    /// <summary>A pilot zone (先行区).</summary>
    PilotZone,

    /// <summary>A provider's solution (解决方案).</summary>
    Solution,
}
