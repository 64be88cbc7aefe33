using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// extraInfo of a FrontierWeb payment as the VAS document shows it: a JSON array of <c>{att, val}</c> phases, each
/// <c>val</c> itself a JSON string — <c>preValidationResponse</c> (the pre-vend) and <c>vendResponse</c> (the vend,
/// carrying <c>thirdPartyResponse.electricityResponse</c> / <c>voucherResponse</c> / <c>billPaymentResponse</c>).
/// </summary>
public static class FrontierExtraInfo
{
    public const string PreValidationPhase = "preValidationResponse";
    public const string VendPhase = "vendResponse";

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Build(string? prevendJson, string vendJson)
    {
        var phases = new JsonArray();
        if (prevendJson is not null)
        {
            phases.Add(new JsonObject { ["att"] = PreValidationPhase, ["val"] = prevendJson });
        }

        phases.Add(new JsonObject { ["att"] = VendPhase, ["val"] = vendJson });
        return phases.ToJsonString(Compact);
    }
}
