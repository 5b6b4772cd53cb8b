using System.Text.Json;
using System.Text.Json.Serialization;

namespace Showcase.Tenancy;

/// <summary>Stores a <see cref="TenantId"/> as its plain string in JSON grain state.</summary>
public sealed class TenantIdJsonConverter : JsonConverter<TenantId>
{
    public override TenantId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TenantId.Parse(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, TenantId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
