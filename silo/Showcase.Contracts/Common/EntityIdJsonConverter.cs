using System.Text.Json;
using System.Text.Json.Serialization;

namespace Showcase.Common;

/// <summary>Stores an <see cref="EntityId"/> as its plain string in JSON grain state.</summary>
public sealed class EntityIdJsonConverter : JsonConverter<EntityId>
{
    public override EntityId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        EntityId.Parse(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, EntityId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
