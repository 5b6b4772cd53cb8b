using System.Text.Json.Serialization;

namespace Showcase.Scenarios;

/// <summary>Where a scenario is in its life: drafts and unpublished scenarios are not public.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ScenarioStatus>))]
public enum ScenarioStatus
{
    /// <summary>草稿: being written, never published.</summary>
    Draft = 0,

    /// <summary>已发布: public in the tenant's catalog.</summary>
    Published = 1,

    /// <summary>已下线: was published, taken off the catalog; can be edited and published again.</summary>
    Unpublished = 2,
}
