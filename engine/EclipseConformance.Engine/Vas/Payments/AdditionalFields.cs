using System.Text.Json;

namespace EclipseConformance.Engine.Vas;

/// <summary>Stores and reads a payment's additionalFields (a JSON array of {id, value}, in the order given).</summary>
public static class AdditionalFields
{
    public static string Write(IReadOnlyList<AdditionalField> fields) =>
        JsonSerializer.Serialize(fields.ToList(), VasJsonContext.Default.ListAdditionalField);

    public static IReadOnlyList<AdditionalField> Read(string json) =>
        JsonSerializer.Deserialize(json, VasJsonContext.Default.ListAdditionalField) ?? [];
}
