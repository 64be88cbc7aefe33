using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EclipseConformance.Gherkin.Reporting;

/// <summary>
/// JSON settings for Cucumber messages: camelCase names, nulls omitted, enums as the protocol's strings
/// (e.g. <c>PASSED</c>, <c>text/x.cucumber.gherkin+plain</c>) taken from the messages library's own Value() maps.
/// </summary>
internal static class MessagesJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new ProtocolEnumConverterFactory() },
    };

    private sealed class ProtocolEnumConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsEnum && typeToConvert.Namespace == "Io.Cucumber.Messages.Types";

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(ProtocolEnumConverter<>).MakeGenericType(typeToConvert))!;
    }

    private sealed class ProtocolEnumConverter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        private static readonly ConcurrentDictionary<T, string> Names = new();
        private static readonly MethodInfo? ValueMethod = typeof(T).Assembly
            .GetType(typeof(T).FullName + "Extensions")?
            .GetMethod("Value", BindingFlags.Public | BindingFlags.Static, [typeof(T)]);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Cucumber messages are only written.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteStringValue(Names.GetOrAdd(value, v => ValueMethod?.Invoke(null, [v]) as string ?? v.ToString()));
        }
    }
}
