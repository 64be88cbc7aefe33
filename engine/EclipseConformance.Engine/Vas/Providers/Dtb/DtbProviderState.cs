using System.Text.Json;

namespace EclipseConformance.Engine.Vas;

/// <summary>What a DTB payment remembers between steps: the utility reference it pays and Fiorano's reference once accepted.</summary>
public sealed record DtbProviderState(string Reference, string? FioranoReference = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Write() => JsonSerializer.Serialize(this, Json);

    public static DtbProviderState Read(string json) =>
        JsonSerializer.Deserialize<DtbProviderState>(json, Json) ?? throw new InvalidOperationException("The DTB provider state is empty");
}
