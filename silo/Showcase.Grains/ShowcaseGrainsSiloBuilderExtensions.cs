using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Serialization;

namespace Showcase.Grains;

public static class ShowcaseGrainsSiloBuilderExtensions
{
    /// <summary>
    /// What every silo that hosts Showcase grains needs, whatever its storage: a clock and grain state stored as
    /// System.Text.Json with Chinese kept readable (no <c>\uXXXX</c> escapes, no .NET type names).
    /// </summary>
    public static ISiloBuilder AddShowcaseGrains(this ISiloBuilder silo)
    {
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.UseSystemTextJsonGrainStorageSerializer();
        silo.Services.Configure<SystemTextJsonGrainStorageSerializerOptions>(options =>
            options.JsonSerializerOptions.Encoder = StateTextEncoder);
        return silo;
    }

    /// <summary>How stored grain state writes text: Chinese as it is. Whatever else writes state JSON (upgrade steps) writes it so too.</summary>
    public static JavaScriptEncoder StateTextEncoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);
}
