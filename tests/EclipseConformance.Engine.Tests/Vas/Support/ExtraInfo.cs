using System.Text.Json.Nodes;

namespace EclipseConformance.Engine.Tests.Vas.Support;

/// <summary>Decodes extraInfo as the document tells channels to: un-escape the string, parse the array, parse each val.</summary>
internal static class ExtraInfo
{
    public static IReadOnlyList<(string Att, JsonObject Val)> Phases(string extraInfo) =>
        JsonNode.Parse(extraInfo)!.AsArray()
            .Select(p => (p!["att"]!.GetValue<string>(), JsonNode.Parse(p["val"]!.GetValue<string>())!.AsObject()))
            .ToList();

    /// <summary>The thirdPartyResponse slot of the phase that carries it (e.g. electricityResponse).</summary>
    public static JsonObject Slot(string extraInfo, string slot) =>
        Phases(extraInfo).Select(p => p.Val["thirdPartyResponse"]?[slot]).OfType<JsonObject>().Single();
}
